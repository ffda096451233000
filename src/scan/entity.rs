//! The closed set of entity types from the contract.

use std::fmt;
use std::str::FromStr;

/// An entity type the gateway detects. The names are the contract's; they appear in
/// placeholders (`[PERSON_1]`), metrics labels and audit counts, so the set is closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Entity {
    Person,
    Email,
    Phone,
    Pnr,
    TicketNumber,
    Address,
    GeoCoordinates,
    PaymentCard,
    Iban,
    Passport,
    IpAddress,
    Secret,
    DateOfBirth,
}

impl Entity {
    pub const ALL: [Entity; 13] = [
        Entity::Person,
        Entity::Email,
        Entity::Phone,
        Entity::Pnr,
        Entity::TicketNumber,
        Entity::Address,
        Entity::GeoCoordinates,
        Entity::PaymentCard,
        Entity::Iban,
        Entity::Passport,
        Entity::IpAddress,
        Entity::Secret,
        Entity::DateOfBirth,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Entity::Person => "PERSON",
            Entity::Email => "EMAIL",
            Entity::Phone => "PHONE",
            Entity::Pnr => "PNR",
            Entity::TicketNumber => "TICKET_NUMBER",
            Entity::Address => "ADDRESS",
            Entity::GeoCoordinates => "GEO_COORDINATES",
            Entity::PaymentCard => "PAYMENT_CARD",
            Entity::Iban => "IBAN",
            Entity::Passport => "PASSPORT",
            Entity::IpAddress => "IP_ADDRESS",
            Entity::Secret => "SECRET",
            Entity::DateOfBirth => "DATE_OF_BIRTH",
        }
    }

    /// Dense index, for per-entity counters without a map.
    pub fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Entity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Entity {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Entity::ALL
            .iter()
            .copied()
            .find(|e| e.as_str() == s)
            .ok_or(())
    }
}

impl serde::Serialize for Entity {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
