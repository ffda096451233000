//! Response bodies: a whole buffer (streams: `stream::RestoringBody`).

use bytes::Bytes;
use http_body_util::{BodyExt, Full};

pub type BoxBody = http_body_util::combinators::BoxBody<Bytes, std::io::Error>;

pub fn full(b: impl Into<Bytes>) -> BoxBody {
    Full::new(b.into()).map_err(|never| match never {}).boxed()
}
