#!/usr/bin/env python3
"""Writes records of travel-ops prompts in templates the dev set does not have, with
labelled spans, for measuring how detection holds up on unseen formats (the held-out
corpus uses templates we have not seen). Values come from the generators the shared
corpus names in its MANIFEST (Faker, phonenumbers), so the shapes are of the same kind;
the sentences around them are ours. Not run by CI: it needs
`pip install faker phonenumbers`.

    python3 tests/eval/make_unseen.py SEED COUNT OUT.jsonl [--set 1..35]
    python3 tests/eval/score_unseen.py target/release/redaction-gateway OUT.jsonl [ENTITY,...]

Set 1: 35 templates (chat, YAML, Markdown tables, XML, logs, voicemail, letters) and 10
negative lines; set 2: 25 more (chat logs, forms with dot leaders, rooming lists, mail
headers, questions); set 3: 15 more (curl and shell lines, nested JSON, `(b. …)`,
`lat=…`, SMS, nginx logs); set 4: 12 in German, French, Spanish, Italian, Dutch,
Portuguese, Swedish and Polish (greetings, labels and phone offers in those
languages); set 5: 12 more (CSV and TSV rows, tool-call arguments, HTML, calendar
entries, tracker lines, postal blocks, signatures); set 6: 10 more (config files,
deposits, firewall changes, e-tkt lines, roll calls); set 7: 13 more (timestamped
transcripts, SQL, Python dicts, quoted mail, bullets, pipe forms, logfmt, approvals);
set 8: 12 more (chat exports, Markdown headings, signatures, tracker fields, nested
JSON, TSV, call notes, rooming lines, mentions, expenses, lost and found); set 9: 12
more (incident timelines, German letters, invitations, aligned columns, emoji, GDPR
requests, seat plans, JSON and YAML lists, call requests); set 10: 12 more (French
and Spanish forms, Markdown bold labels, HTML cells, chat headers, CRLF lines, URL
query strings, semicolon exports, Q/A speakers, visa letters, escalations); set 11:
15 more (quoted-reply headers, vCards, iCalendar attendees, headerless Markdown rows,
duty-of-care alerts, French, German, Italian and Dutch lines, nested JSON first/last,
`Name here` introductions, numbered lists); set 12: 15 templates dense with near
misses (companies, hotels, lounges, events and job titles that read like names,
cities named like people) around a few real values; set 13: 15 dev-like requests in
scenarios the dev set lacks (baggage claims, loyalty merges, insurance, car damage,
medevac, upgrades, rail, folios, card statements, SOS, onboarding, visa appointments,
refunds, frequent-flyer numbers); set 14: 15 more (mail headers with several
recipients, agent/customer chats, names in running prose, possessives, attendees with
roles, D.O.B./Passport No forms, extensions, curl headers, logfmt, SSRs); set 15: 15
more (forwarded mail, WhatsApp exports, tracker comments, calendar organisers, help-desk
requesters, expense and e-ticket fields, guest names, SMS, CRM owners, pronoun
signatures, semicolon exports); set 16: 15 more (Teams headers, `call with`, tracker
reporters, signature blocks, SURNAME Given rooming lists, JSON logs, Spanish letters,
`attn.`, `on behalf of`, constructor calls, meet-and-greet signs, bold Markdown labels,
`Per X's request`, cc lines); set 17: 18 templates of operational text with no
personal data around Faker company and city names, dates, times, amounts, flight
numbers, aircraft registrations, hashes, UUIDs and 10- and 13-digit order numbers
(every record negative: it measures findings on no span); set 18: 15 more with labels in
German, French, Spanish and Italian (geboren am, né(e) le, Reisepass-Nr., Sehr geehrte
Frau, Gentile Sig.), .env files, X-Forwarded-For, GeoJSON, ETKT lines, card details,
WhatsApp notes, crew lists; set 19: 15 more (CRM notes and cases, expense lines,
approvals, duty-of-care alerts, Slack mentions, bilingual passport OCR, boarding-pass
barcodes, folios, rental drivers, chatbot transcripts, MEDA, invitation letters,
feedback); set 20: 15 more (diffs, few-shot prompts, translation requests, commit
trailers, tweets, `booked by`/`approved by`, name lists with `and`, taxi orders, hotel
registration cards, visa forms with `Surname:`/`Given names:`, tracebacks, names with
roles in brackets, checklists, call transcripts with `It's …`, GDS PAX lines); set 21:
15 more (Zendesk JSON with comment authors, itineraries prepared for/by, `X and Y are
flying`, lead passengers, `her manager X`, `I, X, hereby authorise Y`, signatures with
a title line, `Hi its X from …` texts, meeting notes, ICE contacts with relations,
reservations under a name, card authorisation forms, seat reservations, camelCase
JSON, XML attributes); set 22: 15 templates of negatives only, like set 17, around the
cues sets 20 and 21 added (firms with departments in brackets, diffs, commit trailers of
bots, `It's <month>`, `Hi its the … travel desk`, XML attributes, towns that `are flying
high`, `I, the undersigned`, loyalty and gift cards, firms as customers and authors);
set 23: 15 more (Outlook attendee lists, @-mentions, passives, academic titles, shipping
addresses, access logs, PNR displays with element numbers `1.1SURNAME/GIVEN MR`, ages
after names, fixed-width seat lists, forwarded mail, SOS messages, curl with bearer
tokens, vertical Markdown tables, quoted names); set 24: 15 more (no-show reports, police
statements, claim forms, bold Markdown bullets, middle initials, YAML speaker lists, IRC
logs, bilingual sign-offs, arrival cards, seat swaps, frequent flyers, SQL updates,
traveller lists with slashes, `Last, First (email)`, double-barrelled surnames); set 25:
15 more (WhatsApp exports with phone senders, greetings to several people, transcripts
with speakers in capitals, `Traveler: SURNAME, Given`, rooming CSV, pipe rows, Slack
reactions, `Paid by`, additional drivers, beneficiaries, pronouns, `Thanks X!`, `spoke
w/`, `Looping in X who …`, possessives opening a sentence); set 26: 15 lines around the
other entities (delivery and office addresses, `Tel.: … / Fax: …`, WhatsApp numbers,
IBANs in sentences, `Pass-Nr.`, `born on`, bare coordinate pairs, `client_ip=`, exported
API keys, `TKT … CPN 1`); set 27: 15 templates of negatives only, like set 17, whose values
(flight numbers, times, amounts, order numbers, dates, firms, cities) are obfuscated
7 in 10 the ways make_adversarial.py hides real ones (zero-width characters,
fullwidth, look-alike letters, one character at a time, NBSP); set 31: 15 more
written in session 17 before looking at any output (ticket subject lines, signature
blocks, tracker rows, `Pls add X (DOB …)`, bold Markdown fields, Spanish requests,
possessives, @-mentions, portal logins, reminders, invoice corrections, doctor's
notes, given names alone, guest lists, satellite phones); set 32: 15 more, written and
scored once the same way (system prompts, tool-call JSON, self-introductions in Spanish,
French and German, given names addressed alone, husbands, `LAST/FIRST` on tickets,
approvers, field extraction, driver texts, out-of-office notes, compliance notes, seat
swaps by given name, visa refusals); set 33: 15 more, the same way (itineraries with an
on-site contact, `Sr.`/`Dott.ssa` letters, given names from a department, bullet roll
calls, onboarding cards, names in quotes, crew lists, duplicate profiles, first and last
name apart, `on behalf of my colleague`, call summaries, document invitations, visitor
badges, DOB checks); set 34: 15 more, the same way, a third of them with no span
around Faker's firms and cities (team e-mails signed with a given name, `Last, First
(passport …)`, notes to self, diversions, EAs, survey comments, guest lines, fraud
alerts, quotes, policy reminders, room blocks, partnership posts, transfers, `Ask X
to …`, pronouns); set 35: 15 more, written at session 17's end and scored once,
with no change made for it (favours, agenda items, translations, companions, double
charges, visa updates, complaints, meeting points, forgotten items, missing emergency
contacts, risk notes, texts to anonymise, chat lines, shared cars, expense reports);
set 36: 15 more, written in session 18 after set 35's cues and scored once before any
change for it (shuttle checks, escalations, dinner tables, visa letters, seat tables,
declined cards, driver pickups, upgrade approvals, trip summaries, refunds to an IBAN,
families travelling, last known positions, looping in, suspicious logins, e-ticket
forwards), with Faker's firms and cities beside the people; set 37: 15 more, written
after set 36's cues and scored once before any change for it (chat threads, flagged
expense lines, earlier flights, lost passports, e-mails with headers, executives
arriving, welcome notes, incidents, invoices for two, Slack pings, calendar entries,
name changes on a ticket, dead phones, visa invitations, seat maps); set 38: 15 more,
written after set 37's cues and scored once before any change for it (Slack exports,
German, French and Spanish requests, nested JSON, fit-to-fly letters, board bullets,
replies to draft, medical alerts, German letters to translate, travellers stuck
together, approval chains, accessibility requests, callers, GPS trackers); set 39: 15
more, written after set 38's cues and scored once before any change for it (call logs,
no-shows, bios, preferences, emergency contacts, expiring passports, birthdays, Spanish
flight notices, addresses to verify, overbookings, audit findings, arrival signs,
cover, quotes compared, leaked keys); set 40: 15 more, written after set 39's cues and
scored once before any change for it (quoted replies, CSV, voice notes, profile lines,
trip counts, who else is on a booking, shared cards, authorisations, German requests,
display names, reassignments, mentions, thanks, lounge denials, incident timelines);
set 41: 15 more in the dev set's own style (an instruction, then the record: complaints,
escalations, extraction, expense checks, driver notes, refunds, visa lists, security
alerts, app texts, duty-of-care checks, GDS histories, support tickets, hotel offers,
lost and found, invites), written after set 40's cues and scored once before any
change for it; set 42: 15 more in the dev set's style (voicemails, incident forms, fare
rules, shift handovers, tables to convert, declined cards, failing API calls, site
visits, reviews, geo-fences, speaker fees, roles in a thread, passport OCR, refunds in
Spanish, transfers), written after set 41's cues and scored once; set 43: 15 more in
the dev set's style (flight changes, profile data checks, SMS to a traveler, cancelled
reservations, duty-of-care flags, ticketing errors, traveler-file notes, minutes, folio
mismatches, IBAN checks, missed trains, German translations, suspicious logins, account
summaries, pickups), written near session 18's end and scored once before any change
for it; set 44: 15 more in the dev set's style (client status updates, dates and
people to extract, phishing, hotel replies, apologies, seat preferences, log lines,
WhatsApp groups, per diems, call transcripts, emergency cards, refunds, private
addresses, taxi expenses, invitation letters), written at session 18's end and scored
once, with no change made for it;
set 28: 15 dev-like
requests in scenarios the dev set lacks (hotels walking guests, baggage PIRs,
unaccompanied minors, mass notifications, expense audits, profile merges, chauffeur
orders, waivers, integration logs, medical cases, group bookings, pets in cabin,
invitation letters, card statements, risk checks); set 29: 15 more (Zendesk tickets,
translations, app chats, embassy letters, profile exports, security alerts, refund
reconciliations, CRM contacts, approvals, hotel registrations, API debugging, rail
bookings for two, incident reports, card reminders, welcome packs); set 30: 15 templates
of negatives only, like set 17, around set 28's and 29's cues (firms that called,
said or reported, towns and firms listed after a colon or joined by `and`). Faker writes addresses in each locale's own way, many of which the
dev set's generator does not use, so ADDRESS figures here run lower than on dev.
"""
import json, random, string, sys
from faker import Faker
import phonenumbers
from phonenumbers import PhoneNumberFormat as PF
seed = int(sys.argv[1]); N = int(sys.argv[2]); out = open(sys.argv[3], 'w')
SET = sys.argv[sys.argv.index('--set') + 1] if '--set' in sys.argv else '1'
random.seed(seed)
LOC = ['en_US','en_GB','de_DE','fr_FR','es_ES','it_IT','nl_NL','pt_BR','en_IN','pl_PL','sv_SE','ja_JP','zh_CN','ru_RU','ar_AA']
REG = {'en_US':'US','en_GB':'GB','de_DE':'DE','fr_FR':'FR','es_ES':'ES','it_IT':'IT','nl_NL':'NL','pt_BR':'BR','en_IN':'IN','pl_PL':'PL','sv_SE':'SE','ja_JP':'JP','zh_CN':'CN','ru_RU':'RU','ar_AA':'AE'}
fakers = {l: Faker(l) for l in LOC}
for i, l in enumerate(LOC): fakers[l].seed_instance(seed * 100 + i)
def person(f, loc):
    if loc in ('ja_JP','zh_CN') and random.random() < 0.6:
        return f.last_name() + f.first_name()
    return f"{f.first_name()} {f.last_name()}"
def phone(loc):
    reg = REG[loc]
    ex = phonenumbers.example_number_for_type(reg, random.choice([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]))
    nat = str(ex.national_number)
    for _ in range(20):
        k = random.randint(3, 4)
        cand = nat[:-k] + ''.join(random.choice(string.digits) for _ in range(k))
        n = phonenumbers.parse('+' + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(n): break
    return phonenumbers.format_number(n, random.choice([PF.INTERNATIONAL, PF.NATIONAL, PF.E164, PF.INTERNATIONAL]))
def pnr(): return ''.join(random.choice(string.ascii_uppercase + string.digits * (random.random() < .5)) for _ in range(6))
def ticket():
    t = random.choice(['016','057','074','125','176','220','157','618','081','006']) + ''.join(random.choice(string.digits) for _ in range(10))
    r = random.random()
    if r < .2: return t[:3] + '-' + t[3:]
    if r < .3: return t + '/' + str(int(t[-2:]) + 1).zfill(2)[-2:]
    return t
def geo():
    la, lo = random.uniform(-60, 70), random.uniform(-170, 170)
    r = random.random()
    if r < .4: return f"{la:.5f}, {lo:.5f}"
    if r < .7: return f"{abs(la):.4f}° {'N' if la>0 else 'S'}, {abs(lo):.4f}° {'E' if lo>0 else 'W'}"
    def dms(x): d=int(abs(x)); m=int((abs(x)-d)*60); s=(abs(x)-d-m/60)*3600; return f"{d}°{m:02d}′{s:04.1f}″"
    return f"{dms(la)}{'N' if la>0 else 'S'} {dms(lo)}{'E' if lo>0 else 'W'}"
def iban(f):
    v = f.iban() if hasattr(f, 'iban') else Faker('de_DE').iban()
    if random.random() < .5: v = ' '.join(v[i:i+4] for i in range(0, len(v), 4))
    return v
def dob(f):
    d = f.date_of_birth(minimum_age=18, maximum_age=80)
    return random.choice([d.strftime('%d.%m.%Y'), d.strftime('%Y-%m-%d'), d.strftime('%d %b %Y'), d.strftime('%B %d, %Y').replace(' 0', ' '), d.strftime('%d/%m/%Y'), d.strftime('%d%b%y').upper()])
def secret():
    r = random.random()
    if r < .3: return 'sk-' + ''.join(random.choice(string.ascii_letters + string.digits) for _ in range(48))
    if r < .5: return 'AKIA' + ''.join(random.choice(string.ascii_uppercase + string.digits) for _ in range(16))
    if r < .7: return 'pat-na1-' + '-'.join(''.join(random.choice('0123456789abcdef') for _ in range(n)) for n in (8,4,4,4,12))
    if r < .85: return 'ghp_' + ''.join(random.choice(string.ascii_letters + string.digits) for _ in range(36))
    return 'sk_live_' + ''.join(random.choice(string.ascii_letters + string.digits) for _ in range(24))
def passport(f):
    try: return f.passport_number()
    except Exception: return ''.join(random.choice(string.ascii_uppercase) for _ in range(2)) + ''.join(random.choice(string.digits) for _ in range(7))

# templates: {E:key} slots; E in P(erson) L(ast name) EM PH PNR TK AD GEO CARD IBAN PP IP SEC DOB
T = [
 "Slack #ops-desk: heads up, {P:a} just called from the lounge, PNR {PNR:a}, wants the 18:40 instead. Call back on {PH:a}.",
 "Can you turn this into a polite reply? \"Hi team, my flight was cancelled and nobody told me. {P:a}, {EM:a}\"",
 "---\ntraveler:\n  full_name: {P:a}\n  email: {EM:a}\n  mobile: \"{PH:a}\"\n  passport: {PP:a}\nbooking:\n  locator: {PNR:a}\n  ticket: \"{TK:a}\"\n---\nValidate this YAML before we push it to the GDS.",
 "| Traveler | Ticket | Status |\n|---|---|---|\n| {P:a} | {TK:a} | OPEN |\n| {P:b} | {TK:b} | USED |\nWhich of these tickets can still be refunded?",
 "<traveler><name>{P:a}</name><dob>{DOB:a}</dob><doc type=\"passport\">{PP:a}</doc></traveler>\nExplain why the airline rejected this APIS record.",
 "2026-03-02T10:14:07Z WARN checkin-svc user={EM:a} src_ip={IP:a} pnr={PNR:a} msg=\"seat map timeout\"\nWhat could cause this?",
 "Voicemail transcript: \"Hello, this is {P:a}, my booking reference is {PNR:a}, I'm stuck at the airport, please call me at {PH:a}, thanks.\"",
 "The driver should pick up {P:a} at {AD:a} at 06:15 and drop her at the airport, terminal 2.",
 "Duty of care ping: last known position of {P:a} is {GEO:a}, near the flooding area. Is she safe?",
 "Refund request: please wire the 412.50 EUR to {IBAN:a} (account holder {P:a}).",
 "Our card on file ending 4242 failed, the customer now gives {CARD:a} exp 09/28. Can we retry the charge for booking {PNR:a}?",
 "Someone pasted our key in the channel: {SEC:a}. What do I need to rotate?",
 "Visa support letter: we confirm that {P:a}, born {DOB:a}, passport {PP:a}, will attend our annual meeting in Madrid.",
 "Hi, it's {P:a} here. New home address for the expense reports: {AD:a}. Phone stays {PH:a}.",
 "From: {P:a} <{EM:a}>\nSubject: Re: change of travel dates\n\nPlease move me to Thursday, same hotel. Thanks!",
 "Group block for the Lisbon kickoff:\n1. {P:a}\n2. {P:b}\n3. {P:c}\nAll on record locator {PNR:a}.",
 "Agent notes: pax {P:a} rebooked on LH 903, new e-ticket {TK:a}, old one {TK:b} voided. Confirmation sent to {EM:a}.",
 "Please summarise: {P:a} ({EM:a}) complained that the hotel at {AD:a} was not the one booked.",
 "Emergency contact for {P:a}: {P:b}, {PH:a}.",
 "ssh login from {IP:a} to the booking DB at 03:12 using the deploy key; the same IP hit the API with token {SEC:a}.",
 "{P:a} asked whether she can use her unused ticket {TK:a} for the trip to Nairobi.",
 "Passenger {L:a} (seat 23A) reported a medical issue. Inform the crew and update PNR {PNR:a}.",
 "Manifest check: {P:a} — DOB {DOB:a} — passport {PP:a}; {P:b} — DOB {DOB:b} — passport {PP:b}.",
 "Write a short thank-you note to {P:a} for organising the offsite; her assistant {P:b} should be in cc ({EM:b}).",
 "Traveller {P:a} checked in at {GEO:a} via the app at 21:03 local time.",
 "Bank details changed for supplier payout: IBAN {IBAN:a}, beneficiary {P:a}. Please confirm before the run.",
 "CSV row failed import: \"{P:a}\",\"{EM:a}\",\"{PH:a}\",\"{AD:a}\"",
 "Quick q — does {P:a} still need the wheelchair assistance we booked under {PNR:a}?",
 "Mr. {L:a} will arrive late; hold the room (conf. {PNR:a}) and text him on {PH:a}.",
 "Please anonymise this before sharing: traveler {P:a}, {PH:a}, {EM:a}, staying at {AD:a}.",
 "The incident report lists {P:a} and {P:b} as witnesses; both were on the shuttle from the hotel.",
 "Chargeback received for card {CARD:a}; the cardholder {P:a} says she never stayed at the property.",
 "Debug: POST /v2/profiles returned 422 for {\"name\":\"{P:a}\",\"phone\":\"{PH:a}\",\"dob\":\"{DOB:a}\"}",
 "Can you draft a message to {P:a} that her new passport ({PP:a}) must be added to the profile before Friday?",
 "Ticket {TK:a} was issued twice for {P:a}; void the duplicate and refund to the original form of payment.",
]
T2 = [
 "Hey! Just landed. {P:a} here — can someone confirm my hotel for tonight? Booking {PNR:a}.",
 "Customer says: \"I'm {P:a}, my e-mail is {EM:a} and my number is {PH:a}.\" Please verify identity.",
 "[{P:a}] 09:14 can you rebook me?\n[agent] 09:15 sure, what's your locator?\n[{P:a}] 09:15 {PNR:a}",
 "Expense claim #4471 submitted by {P:a} includes a taxi to {AD:a}.",
 "Traveler profile\nName ........ {P:a}\nBirth date .. {DOB:a}\nPassport .... {PP:a}\nMobile ...... {PH:a}",
 "Forwarded message ----------\nFrom: {EM:a}\nTo: travel desk\n\nHi, {P:a} here, I lost my passport ({PP:a}) in Rome.",
 "Reminder: {P:a} and {P:b} are sharing car #2 from {AD:a} to the venue.",
 "Write a risk summary. Staff in the area: {P:a} (last check-in {GEO:a}), {P:b} (no check-in).",
 "Payroll asked to refund {P:a} to IBAN {IBAN:a} for the cancelled conference.",
 "{P:a} wrote: 'my new card is {CARD:a}, please update the profile'. Is it safe to store this?",
 "Audit log: 2026-05-11 08:02 admin {EM:a} exported 214 profiles from {IP:a}.",
 "Summarise the thread between {P:a} and the hotel about the noisy room.",
 "Delegate access: {P:a} can book on behalf of {P:b} ({EM:b}).",
 "Hi support, my colleague {P:a} cannot log in. Her username is {EM:a}.",
 "Next of kin for {P:a}: {P:b}, phone {PH:a}, lives at {AD:a}.",
 "Pls check why ticket {TK:a} (pax {P:a}) shows as suspended.",
 "The visa office needs {P:a}'s date of birth ({DOB:a}) and passport number {PP:a} by Monday.",
 "Translate into German: Dear {P:a}, your booking {PNR:a} has been confirmed.",
 "Leaked in a screenshot: AWS key {SEC:a} belonging to the sync job. Next steps?",
 "Rooming list\n{P:a}; single; 3 nights\n{P:b}; double; 2 nights\n{P:c}; single; 3 nights",
 "Callback requested by {P:a} at {PH:a} regarding reservation {PNR:a}.",
 "Is {P:a} covered by the travel insurance for the Nairobi trip? Policy holder is {P:b}.",
 "Chauffeur booking: collect guest {P:a} from {AD:a}, mobile {PH:a}.",
 "Fraud team flagged card {CARD:a} used for 3 bookings under the name {P:a}.",
 "Please create a profile: first name {F:a}, last name {L:a}, email {EM:a}.",
]
T3 = [
 "curl -H 'Authorization: Bearer {SEC:a}' https://api.example.com/v1/trips — why 403?",
 "export OPENAI_API_KEY={SEC:a}\nexport TRAVELER_EMAIL={EM:a}\nrun the sync",
 "{\"traveler\": {\"given\": \"{F:a}\", \"family\": \"{L:a}\"}, \"birthDate\": \"{DOB:a}\", \"document\": {\"type\": \"P\", \"number\": \"{PP:a}\"}}",
 "Guest {P:a} (b. {DOB:a}) needs an extra bed; travel document {PP:a}.",
 "Location ping lat={GEO:a} from device of {P:a}, battery 12%.",
 "Wire details — beneficiary: {P:a}; account: {IBAN:a}; reference: refund 88231.",
 "Her birthday is {DOB:a}, so she turns 50 during the trip; can {P:a} get the lounge upgrade?",
 "nginx log: {IP:a} - - [02/Mar/2026:10:14:07] \"POST /login HTTP/1.1\" 401 user={EM:a}",
 "Ticket stock {TK:a}, pax {P:a}, fare 412.50 EUR; reissue against {TK:b}.",
 "The traveller's DOB on file ({DOB:a}) doesn't match the passport scan ({PP:a}).",
 "SMS from {PH:a}: 'Hi it's {F:a}, flight delayed, tell the driver pls'",
 "{P:a} <{EM:a}> wrote on Tue: can I keep PNR {PNR:a} and change only the return?",
 "Card ending 4242 declined; traveller tried {CARD:a} instead. Booking ref {PNR:a}.",
 "Pickup address changed to {AD:a} (ring twice). Contact {PH:a}.",
 "GPS fix for the lone worker: {GEO:a} at 14:02 UTC, no response since.",
]
T4 = [
 "Sehr geehrte Frau {L:a}, Ihre Buchung {PNR:a} wurde storniert. Rückfragen unter {PH:a}.",
 "Bonjour {P:a}, votre vol est annulé. Votre numéro de réservation : {PNR:a}. Contact : {EM:a}.",
 "Hola {P:a}, tu reserva {PNR:a} está confirmada. Dirección del hotel: {AD:a}.",
 "Gentile {P:a}, il biglietto {TK:a} è stato emesso. Per info chiamare il {PH:a}.",
 "Beste {P:a}, uw boeking {PNR:a} is gewijzigd; nieuw e-ticket {TK:a}.",
 "Olá {P:a}, o reembolso foi enviado para o IBAN {IBAN:a}.",
 "Reisender: {P:a}, geboren am {DOB:a}, Reisepass {PP:a}.",
 "Voyageur {P:a}, né le {DOB:a}, passeport n° {PP:a}, téléphone {PH:a}.",
 "Pasajero {P:a}, fecha de nacimiento {DOB:a}, pasaporte {PP:a}.",
 "Kontaktperson im Notfall: {P:a}, Tel. {PH:a}, Adresse {AD:a}.",
 "Hej {P:a}! Din bokning {PNR:a} är bekräftad. Ring oss på {PH:a}.",
 "Drogi {P:a}, Twoja rezerwacja {PNR:a} została potwierdzona; e-mail: {EM:a}.",
]
T5 = [
 "name,email,phone,pnr\n{P:a},{EM:a},{PH:a},{PNR:a}\n{P:b},{EM:b},{PH:b},{PNR:b}\nWhich rows are missing a seat?",
 "traveler\tticket\tstatus\n{P:a}\t{TK:a}\tOPEN\n{P:b}\t{TK:b}\tVOID",
 "{\"tool\": \"rebook\", \"arguments\": {\"passenger_name\": \"{P:a}\", \"record_locator\": \"{PNR:a}\", \"contact\": \"{EM:a}\"}}",
 "<p>Dear {P:a},</p><p>Your booking <b>{PNR:a}</b> is confirmed. We will call you on {PH:a}.</p>",
 "BEGIN:VEVENT\nSUMMARY:Airport pickup {P:a}\nLOCATION:{AD:a}\nDESCRIPTION:Driver phone {PH:a}\nEND:VEVENT",
 "OPS-4412 | Reporter: {P:a} | Assignee: {P:b} | Summary: refund for ticket {TK:a} not received",
 "{P:a}\n{AD:a}\nPlease ship the replacement card there.",
 "--\n{P:a}\nSenior Travel Manager\nM: {PH:a}\nE: {EM:a}",
 "Note from the call with {P:a} ({PH:a}): wants aisle seats and a quiet room.",
 "Attendees confirmed: {P:a}; {P:b}; {P:c}. Pending: {P:d}.",
 "Last known check-in for {P:a}: {GEO:a} (hotel lobby). Next of kin: {P:b}.",
 "Invoice to: {P:a}, {AD:a}. VAT id DE123456789. Card used: {CARD:a}.",
]
T6 = [
 "config.yaml:\n  hubspot:\n    token: {SEC:a}\n  owner_email: {EM:a}",
 "Please pay the deposit into account {IBAN:a} held by {P:a} before Friday.",
 "Firewall change: allow {IP:a} and {IP:b} to reach the booking API (requested by {P:a}).",
 "e-tkt {TK:a} / PNR {PNR:a} / pax {L:a} — exchange to the 20:15 flight.",
 "Emergency: {P:a} fell ill at {AD:a}; ambulance called, GPS {GEO:a}.",
 "Her old passport {PP:a} expired; the new one is {PP:b}. Update {P:a}'s profile.",
 "Re: {P:a} — DOB {DOB:a}, nationality German, ticket {TK:a}.",
 "Stripe webhook failed with key {SEC:a}; customer {EM:a}, card {CARD:a}.",
 "{P:a} ({EM:a}) asked to split PNR {PNR:a} so {P:b} can travel a day later.",
 "Duty of care roll call — {P:a}: safe; {P:b}: no answer (last seen {GEO:a}).",
]
T7 = [
 "[00:12:31] {P:a}: I'm at the gate, my booking is {PNR:a}.\n[00:12:45] Agent: thanks, I can see it.",
 "INSERT INTO travelers (name, email, phone) VALUES ('{P:a}', '{EM:a}', '{PH:a}');\nWhy does this fail with a unique constraint error?",
 "{'name': '{P:a}', 'passport': '{PP:a}', 'dob': '{DOB:a}'}  <- the visa service sent this dict, what is missing?",
 "On Tue, 4 Mar 2025 at 09:12, {P:a} <{EM:a}> wrote:\n> Please move me to the later flight. PNR {PNR:a}.",
 "• {P:a} — missed connection in FRA; rebooked on LH 1234 (PNR {PNR:a})\n• {P:b} — still in transit",
 "Jira TRV-2291 (assignee: {P:a}): refund ticket {TK:a} for {P:b}, paid with card {CARD:a}.",
 "Name | {P:a}\nDOB | {DOB:a}\nPassport | {PP:a}\nPhone | {PH:a}",
 "ALERT Jakarta flooding: 2 travelers nearby — {P:a} ({PH:a}) and {P:b} ({PH:b}). Last fix {GEO:a}.",
 "Approved by {P:a} on 2026-03-03 14:02 UTC. Comment: ok for {P:b} to fly business.",
 "Dear Mr. and Mrs. {L:a},\nyour booking {PNR:a} is confirmed.",
 "user_agent=okhttp/4.9 ip={IP:a} traveler_id=88231 name=\"{P:a}\" action=cancel",
 "Please ask {F:a} to resend the scan of her passport ({PP:a}); the old one had a glare.",
 "Could you translate this for {P:a}? She lives at {AD:a} and her number is {PH:a}.",
]
T8 = [
 "12/03/2025, 14:22 - {P:a}: landed, where is the driver?\n12/03/2025, 14:25 - Ops: on his way, plate B-TX 411",
 "## Traveler: {P:a}\n- PNR: {PNR:a}\n- Mobile: {PH:a}\n\nSummarise the open issues for this traveler.",
 "{P:a} | Travel Manager | Acme GmbH | {PH:a}\nPlease shorten this email signature.",
 "Reporter: {P:a}\nAssignee: {P:b}\nSummary: refund for ticket {TK:a} not received",
 '{"event": "login", "user": {"displayName": "{P:a}", "mail": "{EM:a}"}, "ip": "{IP:a}"}',
 "Passenger Name\tSeat\tMeal\n{P:a}\t23A\tVGML\n{P:b}\t23B\tKSML",
 "spoke w/ {P:a} re: refund; call back on {PH:a} after 5pm",
 "Room 1412 – {L:a}, {F:a} (arr 03/03, dep 05/03); room 1413 – {L:b}, {F:b}",
 "cc @{P:a} — can you approve the upgrade for {P:b}?",
 "Bonjour {P:a}, votre réservation {PNR:a} est confirmée. Cordialement, {P:b}",
 "Expense 2025-03-01 | Taxi | 34.50 EUR | {P:a} | card {CARD:a}",
 "Lost & found: a passport ({PP:a}) in the name of {P:a} was handed in at {AD:a}.",
]
T9 = [
 "09:12 UTC — {P:a} reported the outage from {IP:a}; 09:20 UTC — {P:b} restarted the sync.",
 "Sehr geehrte Frau {L:a},\nIhre Buchung {PNR:a} wurde storniert.",
 "We hereby invite Mr {P:a}, born on {DOB:a}, holder of passport {PP:a}, to our offices in Lyon.",
 "Name                 Ticket           Status\n{P:a}      {TK:a}    USED\n{P:b}      {TK:b}    OPEN",
 "👋 {P:a} here, stuck at FRA — can you rebook me? PNR {PNR:a}",
 "Traveller {P:a}'s card {CARD:a} was declined at check-in.",
 "Under GDPR, please delete all data about {P:a} ({EM:a}, {PH:a}).",
 "Seat plan: 12A {P:a}, 12B {P:b}, 12C empty.",
 '{"meeting": "QBR", "attendees": ["{P:a}", "{P:b}"]}',
 "attendees:\n  - {P:a}\n  - {P:b}\nvenue: Hotel Arts",
 "The guest ({P:a}) said the room at {AD:a} was never cleaned.",
 "Pls call {F:a} at {PH:a} before the 10am meeting.",
]
T10 = [
 "Nom : {L:a}\nPrénom : {F:a}\nTéléphone : {PH:a}",
 "**Traveler:** {P:a}\n**Phone:** {PH:a}\n**PNR:** {PNR:a}",
 "<tr><td>Name</td><td>{P:a}</td></tr><tr><td>Email</td><td>{EM:a}</td></tr>",
 "{P:a} (External) 10:41 AM\ncan someone confirm my hotel for tonight?",
 "Name: {P:a}\r\nPhone: {PH:a}\r\nPassport: {PP:a}\r\n",
 "GET /api/profile?name={P:a}&email={EM:a} HTTP/1.1 — why is this 400?",
 '"{L:a}, {F:a}";"{EM:a}";"{PNR:a}"\nExplain this export row.',
 "Q ({P:a}): is the 7am train still running?\nA ({P:b}): yes, platform 4.",
 "Mr./Ms. {P:a} will attend the conference in Berlin from 3 to 5 June.",
 "Escalation owner: {P:a}. Traveller affected: {P:b} (ticket {TK:a}).",
 "Re: your call today — {F:a}, we have moved you to seat 3A on {PNR:a}.",
 "Apellidos: {L:a}\nNombre: {F:a}\nFecha de nacimiento: {DOB:a}",
]
T11 = [
 "On Tue, 3 Mar 2026 at 09:14, {P:a} <{EM:a}> wrote:\n> Please cancel my hotel for tonight, the meeting moved.\nDraft a reply for me.",
 "BEGIN:VCARD\nVERSION:3.0\nFN:{P:a}\nTEL;TYPE=cell:{PH:a}\nEMAIL:{EM:a}\nEND:VCARD\nImport this contact for the Lisbon trip.",
 "ATTENDEE;CN={P:a};ROLE=REQ-PARTICIPANT:mailto:{EM:a}\nWhy does the invite show twice?",
 "| {P:a} | {PNR:a} | LHR-JFK | confirmed |\n| {P:b} | {PNR:b} | LHR-BOS | waitlisted |\nSummarise the waitlisted ones.",
 "ALERT L3 — traveller {P:a}, last fix {GEO:a}, mobile {PH:a}. No answer for 2h. Next steps?",
 "Billet n° {TK:a} au nom de {P:a} — remboursable ?",
 "Book a taxi for {P:a} from the airport at 18:30, flight AF 1234, and text {PH:a} when assigned.",
 "cc: {P:a}; {P:b}\nSubject: PNR {PNR:a} schedule change\nWho else should know?",
 "Herr {L:a} bittet um Rückruf unter {PH:a}, es geht um die Buchung {PNR:a}.",
 "Gentile {P:a}, la sua prenotazione {PNR:a} è confermata. Per assistenza: {PH:a}.",
 "Beste {F:a}, je vlucht is gewijzigd. Nieuw ticketnummer: {TK:a}.",
 "{\"event\":\"pax.update\",\"traveler\":{\"first\":\"{F:a}\",\"last\":\"{L:a}\"},\"contact\":{\"phone\":\"{PH:a}\"}}\nIs this payload valid?",
 "Traveler {P:a}'s passport ({PP:a}) expires in May — can she still fly to Brazil?",
 "Hi team, {F:a} here — I left my laptop at {AD:a}, can the hotel courier it?",
 "1) {P:a} — window seat, vegetarian meal\n2) {P:b} — aisle, no preference\nAdd these to the group booking.",
]
T12 = [
 "Summarise the supplier review: {CO:a} and {CO:b} both bid for the {PL:a} offsite; {HT:a} offered 14% off, {HT:b} matched it.",
 "Rewrite for the newsletter: our {RO:a} met {CO:a} at {EV:a} in {PL:a}; rates at {HT:a} start at EUR 189.",
 "Which lounge can I use? Flying {PL:a} to {PL:b} in business, lounges listed: {LO:a}, {LO:b}.",
 "Draft a reminder: the {EV:a} team dinner is at {HT:a}, {PL:a}, 19:30. Dress code smart casual. RSVP to the {RO:a}.",
 "Classify these vendors by category: {CO:a}; {CO:b}; {HT:a}; {LO:a}.",
 "| Vendor | City | Spend |\n|---|---|---|\n| {CO:a} | {PL:a} | 12,400 |\n| {HT:a} | {PL:b} | 8,150 |\nWhich vendor grew most?",
 "1) {HT:a} — 4 nights, breakfast included\n2) {HT:b} — 2 nights, no breakfast\nWhich is better value?",
 "Hi team, {RO:a} here — please route all {CO:a} bookings through the {PL:a} office from Monday.",
 "Q: Does {CO:a} allow {HT:a} for stays over 5 nights? A: yes, if the {RO:a} approves.",
 "Escalation owner: {RO:a}. Affected account: {CO:a} ({PL:a} region).",
 "The {CO:a} contract renews on 1 July; {CO:b} signed last week. Forward both to the {RO:a}.",
 "Traveler {P:a} asked whether {HT:a} in {PL:a} has a shuttle; reply to {EM:a}.",
 "Per {RO:a}: {P:a} ({PH:a}) moves from {HT:a} to {HT:b} tonight, booking {PNR:a}.",
 "Expense line: {HT:a} {PL:a}, 3 nights, cardholder {P:a}, card {CARD:a}.",
 "| {P:a} | {CO:a} | {PL:a} | approved |\n| {P:b} | {CO:b} | {PL:b} | pending |\nList the pending approvals.",
]
CO = ['Johnson Controls', 'Baker Hughes', 'Morgan Lewis', 'Marsh McLennan', 'Booz Allen Hamilton', 'Bain Capital', 'Arthur D. Little', 'Estée Lauder', 'Hewlett Packard Enterprise', 'Jones Lang LaSalle', 'Charles River Associates', 'Oliver Wyman', 'Roland Berger', 'Simon-Kucher', 'Russell Reynolds', 'Spencer Stuart', 'Heidrick & Struggles', 'Korn Ferry', 'Cushman & Wakefield', 'Bristol Myers Squibb', 'Eli Lilly', 'Thermo Fisher', 'Emerson Electric', 'Jacobs Engineering', 'Dow Chemical', 'Levi Strauss', 'Thomson Reuters', 'Allen & Overy', 'Slaughter and May', 'Herbert Smith Freehills', 'Norton Rose Fulbright', 'Dentons', 'Kearney', 'Stanley Black & Decker', 'Parker Hannifin', 'Franklin Templeton', 'Fidelity International', 'Hugo Boss', 'Tory Burch', 'Paul Smith']
HT = ['Grand Hyatt', 'Park Hyatt Tokyo', 'Hilton Garden Inn', 'Crowne Plaza', 'Holiday Inn Express', 'Four Seasons', 'Mandarin Oriental', 'Ritz-Carlton', 'The Langham', 'Sofitel Legend', 'Kempinski Hotel Adlon', 'Raffles Singapore', 'Shangri-La', 'Fairmont Royal York', 'Hotel Sacher', 'The Savoy', 'Claridge’s', 'Hotel Arts Barcelona', 'Rosewood London', 'Hotel Marcel', 'Hotel Indigo', 'Moxy Berlin', 'citizenM', 'Motel One', 'Premier Inn', 'Best Western Plus', 'Radisson Collection', 'Hyatt Regency', 'W Hotel', 'Le Méridien', 'Hotel Jakob', 'Hotel Schweizerhof', 'Hotel Baur au Lac', 'The Peninsula', 'Hotel Okura']
LO = ['Admirals Club', 'Polaris Lounge', 'Plaza Premium Lounge', 'Senator Lounge', 'Galleries Club', 'SkyTeam Lounge', 'Centurion Lounge', 'Delta Sky Club', 'Maple Leaf Lounge', 'Qantas Club', 'Silver Kris Lounge', 'Pier First Lounge']
PLX = ['Victoria', 'Florence', 'Charlotte', 'San Francisco', 'St. Louis', 'Santa Monica', 'Victoria Falls', 'Port Elizabeth', 'Alexandria', 'Adelaide', 'Augusta', 'Georgetown', 'Hamilton', 'Lafayette', 'Jackson', 'Austin', 'Madison', 'Eugene', 'Marseille', 'São Paulo', 'San José', 'Santiago', 'Wellington', 'Darwin', 'Kingston', 'Sydney', 'Florianópolis', 'Luxembourg', 'Aberdeen']
EV = ['Mobile World Congress', 'ITB Berlin', 'Web Summit', 'Dreamforce', 'Money20/20', 'Salone del Mobile', 'Art Basel', 'Frieze London', 'Paris Air Show', 'Formula One Grand Prix', 'Oktoberfest', 'Sundance Film Festival']
RO = ['Travel Manager', 'Chief Financial Officer', 'Head of Procurement', 'Duty Manager', 'Account Director', 'Program Lead', 'Security Officer', 'Office Manager', 'Regional VP', 'Events Coordinator']
T13 = [
 "Draft a baggage claim summary. PIR file AMS LH 48213, bag tag LH 552144. Passenger {P:a}, contact {PH:a} / {EM:a}, delivery address {AD:a}.",
 "Merge these two loyalty profiles if they are the same person:\n1) {P:a}, DOB {DOB:a}, email {EM:a}\n2) {P:a}, DOB {DOB:a}, email {EM:b}",
 "Travel insurance claim for medical costs in Bali. Insured: {P:a}, passport {PP:a}, policy TRV-88213. Treating doctor: Dr. {L:b}.",
 "Rental car damage report: driver {P:a} (licence on file), pickup at Munich Airport, return address {AD:a}. Card used: {CARD:a}. Summarise for the claims team.",
 "Medical evacuation request. Patient {P:a}, born {DOB:a}, currently at {GEO:a}. Escort: {P:b}, mobile {PH:a}. Prioritise the next steps.",
 "Upgrade request on ticket {TK:a} for {P:a} (booking {PNR:a}). Is the fare class eligible?",
 "Rail booking confirmation: {P:a}, Eurostar 9014 London–Paris, coach 7 seat 42, booking reference {PNR:a}. Put this into the itinerary.",
 "Hotel folio dispute. Guest {P:a} says the minibar charge of EUR 64 is wrong; folio sent to {EM:a}. Card on file {CARD:a}.",
 "Corporate card statement line: 2026-03-04 LUFTHANSA {TK:a} EUR 1,240.00 — cardholder {P:a}. Classify the expense.",
 "SOS button pressed by {P:a} at {GEO:a}, device IP {IP:a}. Call {PH:a} first, then the local office.",
 "Onboarding: create a travel profile for new hire {P:a} ({EM:a}), home address {AD:a}, emergency contact {P:b} {PH:b}.",
 "Visa appointment for {P:a}, passport {PP:a}, DOB {DOB:a}, at the consulate on 12 May at 09:30. Draft the cover letter.",
 "The traveler's manager {P:a} approved the trip; finance contact is {P:b} ({EM:a}). Send both the itinerary for {PNR:a}.",
 "Please refund the unused segment of {TK:a} to IBAN {IBAN:a}, account holder {P:a}, and email the receipt to {EM:a}.",
 "Frequent flyer number LH 992 0044 1823 belongs to {P:a}; add it to booking {PNR:a} and the profile with mobile {PH:a}.",
]
T14 = [
 "From: {P:a} <{EM:a}>\nTo: {P:b} <{EM:b}>, {EM:c}\nDate: Mon, 2 Mar 2026 08:12\nSubject: Change for {PNR:a}\n\nCan you move me to the later flight?\nSummarise this mail.",
 "Agent: Thanks for waiting. Could you confirm your name?\nCustomer: {P:a}.\nAgent: Thanks, {F:a}! I see booking {PNR:a}.\nContinue the chat.",
 "I spoke with {P:a} from accounts payable yesterday about the refund; she wants it on the card ending 4410.",
 "{P:a}'s flight was cancelled; rebook on the next one and tell {F:a} by SMS at {PH:a}.",
 "Attendees: {P:a} (CFO), {P:b} (Head of Sales) and {P:c} (external counsel). Book three rooms near the venue.",
 "D.O.B.: {DOB:a}\nPassport No: {PP:a}\nNationality: Italian\nName: {P:a}\nCheck the document validity for a trip to Japan.",
 "Please call the hotel at {PH:a} ext. 214 and ask for a late check-out for {P:a}.",
 "Street: {AD:a}\nZIP/City: see profile\nPhone: {PH:a}\nEmail: {EM:a}\nIs this address complete for a visa application?",
 "curl -H 'Authorization: Bearer {SEC:a}' https://api.example.com/v1/trips?traveler={EM:a} — why do I get 403?",
 "client={IP:a} user={EM:a} action=login status=failed attempts=5 — should we lock the account?",
 "Passenger {P:a}, born on {DOB:a}, travelling with infant {F:b}. Add the SSR and check the fare.",
 "Hi, it's {P:a} again — my booking {PNR:a} still shows the old date. Can you fix it?",
 "Notes from the call: {F:a} wants aisle seats; {F:a}'s assistant {P:b} will send the passport copy ({PP:a}) tomorrow.",
 "Duty of care: {P:a} is in {GEO:a}; mobile {PH:a}; hotel address {AD:a}. Status: safe.",
 "Reimburse {P:a}: IBAN {IBAN:a}, amount EUR 312.40, reference EXP-2026-0412.",
]
T15 = [
 "---------- Forwarded message ---------\nFrom: {P:a} <{EM:a}>\nDate: Tue, 3 Mar 2026\nSubject: Hotel for {PNR:a}\n\nPlease handle.\nWhat does the traveler need?",
 "12/03/2026, 10:42 - {P:a}: landed, where is the driver?\n12/03/2026, 10:44 - {P:b}: door 4, he has a sign\nSummarise this WhatsApp export.",
 "{P:a} added a comment - 02/Mar/26 10:12\nTraveler called again about {PNR:a}, please prioritise.\nWhat is the status?",
 "Organizer: {P:a}\nRequired attendees: {P:b}; {P:c}\nOptional: travel-ops\nFind a slot for the kickoff.",
 "Requester: {P:a} ({EM:a})\nPriority: high\nDescription: lost passport {PP:a} in Rome.\nDraft the first response.",
 "Employee: {L:a}, {F:a} (E48213)\nCost center: CC-4410\nAmount: EUR 212.00\nApprove or reject?",
 "PASSENGER NAME: {L:a}/{F:a} MS\nTICKET NUMBER: {TK:a}\nBOOKING REF: {PNR:a}\nExplain this e-ticket receipt.",
 "Guest name: {L:a}, {F:a}\nArrival: 12 Mar, Departure: 15 Mar\nMobile: {PH:a}\nConfirm the late arrival.",
 "Renter: {P:a}, DL# on file, phone {PH:a}. Vehicle returned with a scratch; draft a reply.",
 "SMS to {PH:a}: Hi {F:a}, your driver {F:b} is waiting at door 4 with a sign. — Travel desk",
 "Contact owner: {P:a}. Last activity: call with {P:b} on 2 Mar about the Lisbon offsite.",
 "Hi {F:a} and {F:b}, thanks for joining today. Next steps below.\nSummarise the follow-up.",
 "Lost & found: a bag tagged with the name {P:a} and phone {PH:a} was handed in at gate B12.",
 "{P:a} (she/her) — Senior Travel Manager, {EM:a}, {PH:a}\nAdd this signature to the CRM.",
 "Traveler profile export: name={P:a}; email={EM:a}; dob={DOB:a}; passport={PP:a}",
]
T16 = [
 "{P:a} (External) 10:41 AM\nmy flight to Oslo got cancelled, ref {PNR:a}\n{P:b} 10:43 AM\nlooking into it now\nSummarise this Teams thread.",
 "Had a call with {P:a} this morning; she confirmed the new dates for booking {PNR:a} and asked for a window seat.",
 "Reporter: {P:a}\nAssignee: {P:b}\nLabels: refund, urgent\nSummary: refund ticket {TK:a} to the original card\nWrite the resolution comment.",
 "Best regards,\n{P:a}\nTravel Coordinator | Northwind GmbH\nT: {PH:a}\n{EM:a}\nExtract the contact details from this signature.",
 "Rooming list for the Oslo kickoff:\n{LU:a} {F:a} - single - 12-15 Mar\n{LU:b} {F:b} - double - 12-14 Mar\nCheck the dates against the flights.",
 "{\"level\":\"error\",\"svc\":\"refunds\",\"traveler_email\":\"{EM:a}\",\"pnr\":\"{PNR:a}\",\"iban\":\"{IBAN:a}\"}\nWhy did this refund fail?",
 "Please rebook the following travellers: {P:a}, {P:b} and {P:c} — all on record {PNR:a}.",
 "Estimado {P:a}:\nSu reserva {PNR:a} ha sido confirmada. Si necesita ayuda, llame al {PH:a}.\nTraduce este mensaje al inglés.",
 "Ship the replacement corporate card to {AD:a}, attn. {P:a}. She is back in the office on Monday.",
 "Booking made by {P:a} on behalf of {P:b}; invoice to {EM:a}. Is the approval chain correct?",
 "traveler = Traveler(name=\"{P:a}\", email=\"{EM:a}\", phone=\"{PH:a}\")\nWhy does this raise a validation error?",
 "Meet & greet sign should read: {P:a}\nFlight arrives 07:25, terminal 1. Driver mobile {PH:a}.",
 "**Traveler:** {P:a}  \n**Passport:** {PP:a}  \n**DOB:** {DOB:a}  \nIs the passport valid for six months after return?",
 "Per {P:a}'s request, move the hotel booking {PNR:a} to the Marriott near the venue and let {F:b} from finance know.",
 "cc: {P:a}, {P:b}\nRe: duty of care check-in — {F:a} last checked in at {GEO:a}. Draft a follow-up.",
]
T17 = [
 "Aircraft swap: {REG:a} replaces {REG:b} on {FL:a} tomorrow; {N3:a} seats, {N1:a} wheelchairs requested, crew change at {HM:a}. Summarise the ops impact.",
 "Tier report for {MON:a}: {N4:a} Gold, {N3:a} Platinum and {N2:a} Diamond members; average {N5:a} status miles. Draft a two-line summary.",
 "FARE RULE 16 PENALTIES: CHANGES ANY TIME CHARGE EUR {N2:a}.00 FOR REISSUE/REVALIDATION. CANCELLATIONS BEFORE DEPARTURE CHARGE EUR {N3:a}.00. Explain this in plain English.",
 "Seat map {FL:a} ({AC:a}): rows 1-8 business, exit rows {N2:a} and {N2:b}; {N1:a} seats blocked for crew rest. Which rows suit families?",
 "The {CO:a} hotel contract (ref {REF:a}) gives {N1:a}% off BAR and {N2:a} comp nights in {CITY:a}; {CO:b} offers {N1:b}%. Compare the two.",
 "Q{Q:a} incident log: {N2:a} lost passports, {N1:a} medical evacuations, {N2:b} missed connections in {CITY:a}; median response {N2:c} minutes. Write the board summary.",
 "FX check: EUR/USD 1.{N4:a} on {DATE:a}; invoice {REF:a} for {N5:a}.00 USD from {CO:a}; VAT {N2:a}%. Is the conversion right?",
 "Error 503 from /v2/availability at {TS:a}, request {UUID:a}, retry-after 30s, upstream gds-prod-{N1:a}. What happened?",
 "Route review: {IATA:a}-{IATA:b}, {IATA:c}-{IATA:d} and {IATA:b}-{IATA:a}; load factor {N2:a}%, yield down {N1:a}% in {MON:a}. Summarise for {CO:a}.",
 "{TRAIN:a} {CITY:a} {HM:a} -> {CITY:b} {HM:b}, platform {N1:a}; coach {N1:b} quiet zone; saver fare {N2:a}.90 EUR. Draft an itinerary note for the team.",
 "Account review: {CO:a}, {CO:b} and {CO:c} grew {N1:a}%, {N1:b}% and {N1:c}% year on year; {CO:d} churned. Which accounts need attention?",
 "Typhoon warning for {CITY:a}: {N2:a} travelers in the region, {N1:a} flights cancelled ({FL:a}, {FL:b}); no individual outreach needed yet. Summarise.",
 "| Region | Trips | Spend |\n|---|---|---|\n| EMEA | {N4:a} | {N6:a} EUR |\n| APAC | {N3:a} | {N6:b} USD |\nWrite a one-paragraph summary.",
 "Deploy {DATE:a}-1 of fare-cache (sha {SHA:a}) to eu-west-1; flag NEW_SEATMAP at {N2:a}%; rollback: helm rollback fare-cache {N2:b}. Review the plan.",
 "Call volumes: {N2:a} {N3:a} calls in week {N2:b}, {N1:a} {N3:b} in week {N2:c}; SLA 80/20 met {N2:d}.{N1:b}% of the time. Chart the trend.",
 "Order {N13:a} from {CO:a} shipped on {DATE:a}; tracking {N10:a}; {N2:a} badges for the {CITY:a} summit. Confirm delivery.",
 "Meeting notes: {CO:a} wants {N2:a} rooms at the {CITY:a} property from {DATE:a}; {CO:b} asked for a {N1:a}% discount. Next step: proposal by Friday.",
 "Rail vs air {CITY:a}-{CITY:b}: {N3:a} km, rail {N1:a}h{N2:a}, air {N1:b}h{N2:b} door to door; CO2 {N2:c} kg vs {N3:b} kg. Recommend a policy.",
]
T18 = [
 "Sehr geehrte Frau {L:a},\nIhre Buchung {PNR:a} ist bestätigt. Rückfragen bitte an {EM:a} oder Tel. {PH:a}.\nÜbersetze das ins Englische.",
 "Kunde: {P:a}, geboren am {DOB:a}, Reisepass-Nr. {PP:a}. Prüfe, ob der Pass für die USA reicht.",
 "Voyageur : {P:a}, né(e) le {DOB:a}, passeport n° {PP:a}, portable {PH:a}. Vérifie le dossier {PNR:a}.",
 "Estimada Sra. {L:a}: le escribimos por su reserva {PNR:a}. Su billete electrónico es {TK:a}.",
 "Gentile Sig. {L:a}, la sua prenotazione {PNR:a} è confermata. Per informazioni: {PH:a}.",
 "# .env from the booking worker\nDB_HOST={IP:a}\nOPENAI_API_KEY={SEC:a}\nSUPPORT_EMAIL={EM:a}\nWhich of these must be rotated?",
 "X-Forwarded-For: {IP:a}, {IP:b}\nX-User-Email: {EM:a}\nWhy is this request blocked by the WAF?",
 "{\"type\": \"Feature\", \"properties\": {\"traveler\": \"{P:a}\"}, \"geometry\": {\"type\": \"Point\", \"coordinates\": [{LON:a}, {LAT:a}]}}\nPlot this check-in.",
 "ETKT {TK:a} FOR {LU:a}/{FU:a} MR\nFOP CCVI{CARD:a} EXP 09/28\nExplain this ticket image.",
 "Pay by card {CARD:a}, exp. 11/27, CVV 123, holder {P:a}. Is it safe to paste this here?",
 "Bankverbindung für die Erstattung: {IBAN:a}, Kontoinhaber {P:a}. Bitte prüfen.",
 "WhatsApp from {P:a} ({PH:a}): stuck at the border, my passport {PP:a} was taken for checks. What do we do?",
 "Adresse de prise en charge : {AD:a}. Chauffeur : {P:a}, {PH:a}. Rédige la confirmation.",
 "Airline ref: {PNR:a} / GDS ref: {PNR:b}\nTraveler {P:a} wants to know why the refs differ.",
 "Flight crew list: CPT {P:a}, FO {P:b}; purser {P:c}. Draft the hotel rooming request.",
]
T19 = [
 "Associated contact: {P:a} ({EM:a})\nDeal: Q3 renewal, stage negotiation\nNote: wants the Lisbon block moved, PNR {PNR:a}.\nSummarise this HubSpot note.",
 "Case 00012345 | Contact Name: {P:a} | Account: Northwind | Phone: {PH:a} | Subject: refund for {TK:a}\nDraft a reply.",
 "2026-03-02 Taxi 42.00 EUR - {P:a} - card ending 4242\n2026-03-03 Hotel 212.00 EUR - {P:b}\nFlag anything unusual in these expenses.",
 "{P:a} requests approval: FRA -> JFK, 12-15 Mar, 1,240 EUR; approver {P:b}. Recommend approve or reject.",
 "ALERT Level 3 - earthquake reported. Affected: {P:a} (hotel at {AD:a}), {P:b} ({PH:b}). Draft the check-in message.",
 "<@U024BE7LH> can you rebook {P:a}? PNR {PNR:a}, she is on the waitlist for the 18:40.",
 "Surname / Nom\n{LU:a}\nGiven names / Prénoms\n{FU:a}\nPassport No. / N° du passeport\n{PP:a}\nDate of birth / Date de naissance\n{DOB:a}\nIs this OCR output complete?",
 "M1{LU:a}/{FU:a} E{PNR:a} FRAJFKLH 0400 123Y014C0001 100\nDecode this boarding pass barcode.",
 "Guest: {L:a}, {F:a}   Room 1412   Arr 12.03 Dep 15.03   Conf# {PNR:a}\nExplain the folio.",
 "Driver: {P:a}, licence on file, date of birth {DOB:a}, mobile {PH:a}. Can we add a second driver?",
 "{F:a}: hi, is my hotel booked?\nBot: Let me check. What is your booking reference?\n{F:a}: {PNR:a}\nContinue as the bot.",
 "Pax {P:a} (seat 14C) requires MEDA clearance; the doctor's note is from Dr. {L:b}. What forms are needed?",
 "Invitation letter for {P:a}, passport {PP:a}, to attend the partner summit; contact {EM:a}. Draft it formally.",
 "Re: {P:a} - lost luggage\nHi {F:b}, the bag tag is LH 123456, the traveler can be reached at {PH:a}.\nWrite a follow-up.",
 "Traveler feedback (score 2/5) from {P:a}: the transfer never showed up at {AD:a}. Suggest an apology.",
]
T20 = [
 "Review this diff before I merge it:\n- traveler_email: {EM:a}\n+ traveler_email: {EM:b}\n  traveler_name: {P:a}\n  pnr: {PNR:a}",
 "You extract booking data. Example input: \"Pls rebook {P:a} on the 9am, ref {PNR:a}\" Example output: {\"action\": \"rebook\"}. Now do the same for: \"cancel the hotel for {P:b}, she is sick\"",
 "Translate into German for the customer: \"Dear {P:a}, your booking {PNR:a} has been changed; your new ticket number is {TK:a}.\"",
 "fix(booking): retry seat map on timeout\n\nReported-by: {P:a} <{EM:a}>\nCo-authored-by: {P:b} <{EM:b}>\nWrite release notes for this commit.",
 "Tweet to reply to: \"@flyairline 3 hrs on the tarmac and no water. booking {PNR:a}. DM me. - {P:a}\" Draft a calm public reply.",
 "The trip was booked by {P:a}, approved by {P:b} and paid with {CARD:a}. Who should get the receipt?",
 "Travelers on this request: {P:a}, {P:b} and {P:c}. Split the hotel cost three ways.",
 "Please book a taxi for {P:a} at 07:30 from {AD:a} to the airport; call {PH:a} on arrival.",
 "REGISTRATION CARD\nGuest name / Nom du client: {P:a}\nNationality: Brazilian   Passport No: {PP:a}\nDate of birth: {DOB:a}\nSignature: ____\nCheck this card for missing fields.",
 "Visa form draft - Surname: {L:a}; Given names: {F:a}; Date of birth: {DOB:a}; Passport number: {PP:a}; Email: {EM:a}. Anything wrong?",
 "Traceback (most recent call last):\n  File \"sync.py\", line 88, in push\n    send(traveler={\"name\": \"{P:a}\", \"phone\": \"{PH:a}\"})\nKeyError: 'pnr'\nWhat is wrong here?",
 "Panel for the offsite: {P:a} (CFO), {P:b} (Head of Travel) and {P:c} (HR). Write a short intro for each.",
 "- [x] rebook {P:a} (PNR {PNR:a})\n- [ ] refund ticket {TK:a}\n- [ ] send invoice to {EM:a}\nWhat is still open?",
 "AGENT: Thank you for calling, who am I speaking with?\nCALLER: It's {P:a}. My booking code is {PNR:a}.\nAGENT: And a callback number?\nCALLER: {PH:a}.\nSummarise the call.",
 "PAX {LU:a}/{FU:a} MR requests an aisle seat; FQTV LH 992003344123; contact {EM:a}. Update the PNR {PNR:a}.",
]
T21 = [
 "{\"ticket\": 4821, \"requester\": {\"name\": \"{P:a}\", \"email\": \"{EM:a}\"}, \"comments\": [{\"author\": \"{P:b}\", \"body\": \"rebooked, new PNR {PNR:a}\"}]}\nSummarise this Zendesk ticket.",
 "ITINERARY\nPrepared for: {P:a}\nPrepared by: {P:b}, Corporate Travel\nBooking reference: {PNR:a}\nTurn this into a friendly email.",
 "{P:a} and {P:b} are flying to Singapore on Monday; can you find them adjoining rooms near Marina Bay?",
 "Lead passenger: {P:a} (+2 adults, 1 child). Contact number {PH:a}. Which fare family fits best?",
 "Yesterday {P:a} missed her connection in Doha; her manager {P:b} asked us to pay for the hotel. Is that within policy?",
 "I, {P:a}, hereby authorise {P:b} to collect my passport ({PP:a}) from the visa centre. Make this sound more formal.",
 "Best regards,\n{P:a}\nSenior Travel Manager | Contoso Ltd\nM: {PH:a} | {EM:a}\nExtract the contact details.",
 "Hi its {F:a} from Acme Travel, your flight on booking {PNR:a} is confirmed. Reply STOP to opt out. Is this SMS compliant?",
 "Meeting with {P:a} re: visa for the Lagos trip, Thursday 10:00. Prepare three talking points.",
 "ICE: {P:a} (mother) {PH:a}; allergies: none. Add this to the traveler profile.",
 "Reservation under the name of {P:a}, arrival 12 March, 3 nights, confirmation {PNR:a}. Translate for the hotel.",
 "CARD AUTHORISATION FORM\nCardholder name: {P:a}\nCard number: {CARD:a}\nExpiry: 09/28\nBilling address: {AD:a}\nIs anything missing?",
 "Reserved for {P:a}, coach 7, seat 42, ICE 597 Berlin - Munich. Booking {PNR:a}. Write the seat confirmation.",
 "{\"passengers\": [{\"firstName\": \"{F:a}\", \"lastName\": \"{L:a}\", \"dateOfBirth\": \"{DOB:a}\"}, {\"firstName\": \"{F:b}\", \"lastName\": \"{L:b}\"}]}\nValidate this payload.",
 "<Passenger GivenName=\"{F:a}\" Surname=\"{L:a}\" Email=\"{EM:a}\" Phone=\"{PH:a}\"/>\nWhy does the NDC order fail?",
]
T22 = [
 "{CO:a} (Procurement) and {CO:b} (Finance) signed the {CITY:a} contract; {N2:a} rooms a night. Summarise.",
 "Review this diff:\n- hotel_chain: {CO:a}\n+ hotel_chain: {CO:b}\n  city: {CITY:a}\nWhy did the rate change?",
 "fix(fares): cache {CITY:a} availability\n\nReviewed-by: release-bot\nCo-authored-by: dependabot[bot]\nWrite release notes.",
 "It's {MON:a} again: {N2:a} trips to {CITY:a} and {CITY:b} this week. Summarise.",
 "Hi its the {CO:a} travel desk, your booking for {CITY:a} is confirmed. Reply STOP to opt out.",
 "<Hotel Name=\"{CO:a}\" City=\"{CITY:a}\" Rooms=\"{N2:a}\"/>\nWhy does the XML import fail?",
 "{CITY:a} and {CITY:b} are flying high this quarter: {N2:a}% more trips. Draft a headline.",
 "I, the undersigned on behalf of {CO:a}, confirm the {CITY:a} block of {N2:a} rooms.",
 "Loyalty card {N10:a} earned {N4:a} points at {CO:a}; gift card balance {N3:a}.00 EUR. Is this right?",
 "Panel: {CO:a} (CEO office), {CO:b} (Marketing) and {CO:c} (HR). Who should host?",
 "Reserved for {CO:a}, {N2:a} seats in coach {N1:a}, {TRAIN:a}. Write the confirmation.",
 "Meeting with {CO:a} re: the {CITY:a} RFP, Thursday {HM:a}. Prepare talking points.",
 "Prepared for: {CO:a}\nPrepared by: Corporate Travel, {CITY:a} office\nProposal ref {REF:a}\nTurn this into an email.",
 "{\"author\": \"release-bot\", \"customer\": \"{CO:a}\", \"city\": \"{CITY:a}\"}\nSummarise this event.",
 "Order {N13:a}: {N2:a} card terminals for {CO:a}, invoice {REF:a}, paid with bank transfer. Confirm.",
]
T23 = [
 "Attendees: {P:a} <{EM:a}>; {P:b} <{EM:b}>; {P:c}\nSubject: Lisbon offsite logistics\nDraft the agenda.",
 "@{P:a} can you check whether PNR {PNR:a} still has the lounge pass? cc @{P:b}",
 "{P:a} was rebooked onto the 07:10 and {P:b} was offloaded; both are on PNR {PNR:a}. Explain what happened.",
 "Prof. Dr. {L:a} and Dr.-Ing. {L:b} will join the panel; book two rooms near the venue.",
 "Ship the replacement card to: {AD:a}. The old one ended in 4242. Confirm the address format.",
 "Access log: {IP:a} - - [02/Mar/2026:10:14:07 +0000] \"GET /api/trips?traveler={EM:a} HTTP/1.1\" 200 512\nAnything suspicious?",
 "RP/FRA1A0980/\n  1.1{LU:a}/{FU:a} MR  2.1{LU:b}/{FU:b} MRS\n  3  LH 400 Y 12MAR FRAJFK HK2\nWho is on this booking?",
 "{P:a}, 34, from Lisbon, lost her passport ({PP:a}) at the hotel. What should she do first?",
 "Children on the trip: {P:a} (7) and {P:b} (11). Do they need their own seats?",
 "NAME                 SEAT  PNR\n{LU:a}/{FU:a} MR    12A   {PNR:a}\n{LU:b}/{FU:b} MS    12B   {PNR:a}\nSummarise the seating.",
 "---------- Forwarded message ---------\nFrom: {P:a} <{EM:a}>\nDate: Mon, 2 Mar 2026 at 10:14\nSubject: visa letter\n\nPlease see below.",
 "SOS from {P:a} at {GEO:a}, phone {PH:a}: car accident, no injuries. Draft the duty-of-care response.",
 "curl -H \"Authorization: Bearer {SEC:a}\" https://api.example.com/trips?owner={EM:a}\nWhy do I get 401?",
 "| Field | Value |\n|---|---|\n| Traveler | {P:a} |\n| Passport | {PP:a} |\n| Date of birth | {DOB:a} |\nIs the record complete?",
 "The traveler \"{P:a}\" says her ticket {TK:a} was never issued. How do I check?",
]
T24 = [
 "No-show report: {P:a}, conf {PNR:a}, guaranteed with {CARD:a}. Charge one night?",
 "Reporting person: {P:a}; nationality: Brazilian; passport no. {PP:a}; lost at the Lisbon Oriente station. Draft the police statement.",
 "CLAIM FORM\nClaimant: {P:a}\nPolicy: TRV-99812\nIBAN for payout: {IBAN:a}\nCheck the claim for gaps.",
 "- **{P:a}** — arrives 10:40, needs a taxi\n- **{P:b}** — arrives 13:05\nMake a pickup plan.",
 "Please confirm the upgrade for {F:a} J. {L:a} on PNR {PNR:a}.",
 "speakers:\n  - name: {P:a}\n    role: keynote\n  - name: {P:b}\n    role: panel\nBook hotels for the speakers.",
 "<{F:a}> did anyone book the airport taxi?\n<{F:b}> not yet, doing it now\nSummarise this IRC log.",
 "Kind regards / Mit freundlichen Grüßen\n{P:a}\nTravel Desk\nTranslate the signature block.",
 "Name of traveller: {P:a}; Date of birth: {DOB:a}; Address in country: {AD:a}. Fill in the arrival card.",
 "Could {F:a} swap seats with {F:b}? They are both on {PNR:a}.",
 "Frequent flyer {P:a}, Miles & More 992003344123, status HON. Can we request lounge access?",
 "UPDATE travelers SET email='{EM:a}' WHERE name='{P:a}';\nIs this query safe?",
 "Traveller 1: {P:a} / Traveller 2: {P:b} / Room: twin. Book the Lisbon hotel.",
 "{L:a}, {F:a} ({EM:a}) asked for a refund on ticket {TK:a}. Reply politely.",
 "Ms {F:a} {L:a}-{L:b} will travel with her son; the booking is under {PNR:a}.",
]
T25 = [
 "[12/03/26, 10:14:07] {PH:a}: can someone check the hotel for {P:a}?\n[12/03/26, 10:15:12] {PH:b}: on it\nSummarise the chat.",
 "Hi {F:a}, {F:b} and {F:c},\nthe Lisbon rooms are confirmed. Reply if anything is off.",
 "{FU:a} {LU:a}: Let's start with the budget.\n{FU:b} {LU:b}: Travel is 12% over.\nWrite the minutes.",
 "Traveler: {LU:a}, {F:a}\nFlight: LH 400 12MAR\nSeat: 14C\nExplain the itinerary.",
 "Room,Guest,Arrival\n101,{P:a},12/03\n102,{P:b},13/03\nCheck the rooming list.",
 "Name: {P:a} | Seat: 12A | PNR: {PNR:a} | Status: OK\nIs this passenger ready to board?",
 "{P:a} reacted with :thumbsup: to \"rebooked on the 18:40\". Summarise the thread.",
 "Paid by {P:a} (employee #4411), 212.40 EUR, hotel Lisbon. Is this within policy?",
 "Additional driver: {P:a}, passport {PP:a}, born {DOB:a}. Any extra fee?",
 "Beneficiary: {P:a}\nIBAN: {IBAN:a}\nBIC: DEUTDEFF\nCheck the transfer details.",
 "{P:a} (they/them) is travelling to Nairobi on Monday; book an aisle seat.",
 "Thanks {F:a}! I'll book it and send the PNR {PNR:a} later.",
 "spoke w/ {P:a} re refund for {TK:a}, they want it by Friday. Draft the follow-up.",
 "Looping in {P:a} who handles visas; {P:b} please share the passport scan.",
 "{P:a}'s manager approved the trip; the invoice goes to {EM:a}. Confirm the booking.",
]
T26 = [
 "Deliver to: {AD:a}\nAttn: front desk\nWhat courier should we use?",
 "Our client's office moved to {AD:a} (2nd floor); update the travel profile.",
 "Hotel address: {AD:a}; phone {PH:a}. Add this to the itinerary.",
 "Lieferadresse: {AD:a}. Bitte bestätigen.",
 "Meet the driver at {AD:a} at 9, he will have a sign.",
 "Tel.: {PH:a} / Fax: {PH:b}\nWhich one is the mobile?",
 "WhatsApp me on {PH:a} if the flight moves.",
 "Please transfer the deposit to IBAN {IBAN:a} by Friday.",
 "Pass-Nr. {PP:a}, gültig bis 2031. Reicht das für die Einreise?",
 "She was born on {DOB:a} in Lyon; is she eligible for the senior fare?",
 "coords: {LAT:a},{LON:a} (last ping). Is this near the airport?",
 "nginx: client_ip={IP:a} upstream=gds-2 status=502. Why?",
 "export OPENAI_API_KEY={SEC:a}\nWhy is my script still failing?",
 "TKT {TK:a} CPN 1 OPEN FOR USE. Can it be exchanged?",
 "The passport number is {PP:a} and it expires next May. Is that a problem?",
]
T27 = [
 "Flight {FL:a} to {IATA:a} is delayed to {HM:a}; {N3:a} passengers affected, {N2:a} connections at risk. Summarise for the dashboard.",
 "Order {N10:a} for {CO:a} was invoiced on {DATE:a} ({REF:a}), {N4:a}.{N2:a} EUR. Reconcile it.",
 "IOC list from the SOC: hxxp://login-{CO:a}[.]example[.]net/verify and sha1 {SHA:a}. Should the proxy block them?",
 "Agenda for Q{Q:a} review with {CO:a}: {MON:a} {N1:a} at {HM:a}, room {N3:a}, {N2:a} attendees. Draft the invite.",
 "The {CITY:a} office booked {N3:a} room nights at {N3:b} EUR; {CITY:b} booked {N3:c}. Compare the two.",
 "Aircraft {REG:a} ({AC:a}) swapped onto {FL:a}; {N2:a} seats blocked, departure {HM:a}. Explain the impact.",
 "Cost centre {N4:a}, budget {N6:a} EUR, spent {N5:a} EUR in {MON:a}; forecast {N6:b} EUR. Is it on track?",
 "{TRAIN:a} from {CITY:a} leaves at {HM:a}, platform {N1:a}, coach {N2:a}; seats {N2:b} to {N2:c} reserved for the team.",
 "Tracking {N13:a}: {N2:a} badges for the {CITY:a} summit shipped by {CO:a} on {DATE:a}. Confirm delivery.",
 "ts={TS:a} req={UUID:a} status=200 latency_ms={N3:a} route=/v2/fares upstream=gds-{N1:a}. Is the latency normal?",
 "{CO:a} in {CITY:a}: {N3:a} rooms, occupancy {N2:a}%, ADR {N3:b} EUR, RevPAR {N3:c} EUR. Write the market note.",
 "Version {N1:a}.{N2:a}.{N1:b} of the booking app fixes the seat map; build {N6:a}, {N2:b} MB. Write the changelog.",
 "Gate change: {FL:a} now departs from {IATA:a} gate {N2:a} at {HM:a}; boarding closes {N2:b} minutes earlier.",
 "Carbon report {MON:a}: {N4:a} kg CO2 for {N3:a} flights, {N3:b} kg per trip, rail share {N2:a}%. Summarise.",
 "Voucher batch {REF:a}: {N3:a} vouchers of {N2:a} EUR for {CO:a} staff, valid until {DATE:a}. Draft the notice.",
]
T28 = [
 "Write a short apology to the guest. The hotel walked {P:a} (booking {PNR:a}) to a partner property at {AD:a} because of overbooking; she paid the taxi with card {CARD:a} and wants it refunded. Her mobile is {PH:a}.",
 "Baggage PIR for {P:a}: file FRALH{N5:a}, tag LH 123456, e-ticket {TK:a}. Delivery address: {AD:a}. Contact {EM:a} / {PH:a}. Summarise for the claims team.",
 "Unaccompanied minor on {PNR:a}: child {P:a}, born {DOB:a}; collecting adult {P:b}, passport {PP:a}, phone {PH:a}. Check the UM form is complete.",
 "Mass notification draft: travellers in the affected zone near {GEO:a} — {P:a} ({PH:a}), {P:b} ({PH:b}). Ask each of them to reply SAFE.",
 "Expense audit: {P:a} filed a taxi receipt twice (card ending {CARD:a}); reimbursement to {IBAN:a}. Is this a duplicate claim?",
 "Profile merge request: keep {EM:a}, drop {EM:b}; both belong to {P:a}, date of birth {DOB:a}. Which fields conflict?",
 "Chauffeur booking: pick up {P:a} at {AD:a} at 06:15 for the 08:40 flight (booking ref {PNR:a}). Driver calls {PH:a} on arrival. Write the order.",
 "Waiver request to the airline: passenger {P:a}, ticket {TK:a}, PNR {PNR:a}, medical reason (doctor's note attached). Draft it formally.",
 "Our integration logged this before crashing: user={EM:a} ip={IP:a} token={SEC:a}. Which field should never be logged?",
 "Medical assistance case: {P:a} was admitted near {GEO:a}; next of kin {P:b}, {PH:a}. Prepare the insurer notification.",
 "Group booking for the Lisbon offsite, PNR {PNR:a}: {P:a}, {P:b}, {P:c}. {P:b} needs a vegetarian meal. List the SSRs to add.",
 "Pet in cabin for {P:a} on {PNR:a}: small dog, 6 kg; the vet certificate is signed by Dr. {L:a}. What does the airline need?",
 "Visa invitation: we invite {P:a}, passport {PP:a}, born {DOB:a}, to our office at {AD:a} from 3 to 7 March. Draft the letter.",
 "Corporate card statement line: {CARD:a} HOTEL LISBOA 412.00 EUR — cardholder {P:a} says it's not hers. Open a dispute?",
 "Travel risk check for {P:a} ({EM:a}): staying at {AD:a}, emergency contact {P:b} on {PH:a}. Rate the risk.",
]
T29 = [
 "Summarise this Zendesk ticket for the night shift. Requester: {P:a} <{EM:a}>. \"My flight was moved and I need to rebook, my confirmation is {PNR:a}. Call me at {PH:a}.\"",
 "Translate to German for the traveller: Dear {P:a}, your e-ticket {TK:a} (booking {PNR:a}) has been reissued. Your new seat is 12C.",
 "A traveller sent this via the app chat: 'hi it's {P:a}, lost my wallet in Lisbon, my amex {CARD:a} needs blocking asap'. What should the agent do first?",
 "Draft a letter to the embassy: We confirm that {P:a}, born {DOB:a}, holder of passport {PP:a}, is employed by our company and travels for business.",
 "Travel profile export:\nLast name: {L:a}\nFirst name: {F:a}\nMobile: {PH:a}\nEmail: {EM:a}\nFrequent flyer: LH 992003344{N2:a}\nCheck for missing fields.",
 "Security alert: traveller {P:a} checked in at {GEO:a} near the protest area. Her phone is {PH:a}. Should we call her?",
 "Please reconcile: refund of 412.50 EUR for ticket {TK:a} went to {IBAN:a}, but {P:a} says the money never arrived.",
 "From the CRM: Contact {P:a}, title Head of Travel, account Globex, phone {PH:a}, email {EM:a}. Note: prefers calls after 3pm. Write a follow-up email.",
 "Approve or reject: {P:a} wants to book business class on PNR {PNR:a} for a 5-hour flight; policy allows economy only under 6 hours.",
 "The hotel in Berlin needs the guest's home address for registration: {P:a}, {AD:a}. Is it OK to send it?",
 "Debug this: POST /v1/bookings returned 500 for user {EM:a} from {IP:a} with header x-api-key: {SEC:a}",
 "Rail booking for {P:a} and {P:b}: Berlin to Prague, 10:28, seats 45 and 46, booking reference {PNR:a}. Write the confirmation.",
 "Incident report: at 14:20 {P:a} reported her passport {PP:a} stolen at the hotel; the hotel manager {P:b} filed a police report. Summarise.",
 "Card on file for {P:a} expires soon ({CARD:a}, exp 03/27). Write a reminder email to {EM:a}.",
 "Welcome pack for new joiner {P:a}: travel policy, the booking tool, and the duty-of-care app. Their manager {P:b} asked for it by Monday.",
]
T30 = [
 "Heads up, {CO:a} just called: the {CITY:a} block of {N2:a} rooms is confirmed. Summarise.",
 "Group booking, PNR reference pending: {CITY:a}, {CITY:b}, {CITY:c}. Which route is cheapest?",
 "Rail booking for the {CITY:a} team and the {CITY:b} team: {N2:a} seats each, departure {HM:a}.",
 "At {HM:a} {CO:a} reported an outage of the booking API; {N3:a} requests failed. Write the incident summary.",
 "{CO:a} said the {CITY:a} rate is final; {CO:b} asked for {N1:a}% more. Compare the offers.",
 "Next of kin details are missing for {N2:a} travellers in {CITY:a}. Draft a reminder to all staff.",
 "Order {N10:a} shipped to the {CITY:a} office; tracking {N13:a}. Confirm the delivery date.",
 "Contact the {CITY:a} desk or the {CO:a} hotline; both answer within {N2:a} minutes. Rewrite this footer.",
 "{CO:a} Group and {CO:b} Holdings: {N2:a} trips each in {MON:a}. Which account grew faster?",
 "The {CITY:a} and {CITY:b} offices missed the {MON:a} deadline for expense reports. Send a nudge.",
 "EMEA SALES KICKOFF {CITY:a}: {N3:a} attendees, budget {N6:a} EUR. Draft the announcement.",
 "Vendor list: {CO:a}, {CO:b} and {CO:c}: all renewed for {N1:a} years. Summarise.",
 "Delegates from {CITY:a} and {CITY:b} complained about the shuttle; {N2:a} minutes late. Reply.",
 "Ticket office {CITY:a} phoned about {N2:a} unused seats on {FL:a}. What should we do?",
 "Seat map: rows {N2:a} to {N2:b} blocked for the {CO:a} delegation on {FL:a}. Confirm.",
]
T31 = [
 "Subject: Re: [{PNR:a}] {P:a} - upgrade request\n\nHi, the lounge says {F:a} is not on the list. Can you check?",
 "Kind regards,\n{P:a}\nTravel Coordinator\n{PH:a}\n\nTurn this signature into a vCard.",
 "Reporter: {P:a} | Assignee: {P:b} | Priority: high | Summary: hotel overbooked for PNR {PNR:a}",
 "Pls add {P:a} (DOB {DOB:a}) to the booking, same flights as {P:b}.",
 "- **Name:** {P:a}\n- **Phone:** {PH:a}\n- **Email:** {EM:a}\nFormat this as a table.",
 "El pasajero {P:a}, con pasaporte {PP:a}, solicita cambiar su vuelo del lunes. Responde en inglés.",
 "Lost item: {P:a}'s laptop was left in room 412; ring her at {PH:a} before 6pm.",
 "@{F:a} can you check whether {P:b} got the meal voucher? She is on {PNR:a}.",
 "Wi-Fi login for {EM:a} failed from {IP:a}; please reset the portal password for {P:a}.",
 "Reminder from {P:a}: the visa appointment is on Tuesday; bring passport {PP:a} and two photos.",
 "Invoice correction: bill to {P:a}, {AD:a}, instead of the company address. Card charged: {CARD:a}.",
 "The doctor's note for {P:a} (born {DOB:a}) says she cannot fly until the 20th. Cancel ticket {TK:a}?",
 "Taxi receipts attached. {F:a} and {F:b} shared the ride from the airport; split it 50/50.",
 "Guest list for the gala dinner: {P:a}, {P:b}, {P:c} (vegan), {P:d}. Print place cards.",
 "Our traveller {P:a} is stuck at {GEO:a} after the landslide; her satellite phone is {PH:a}. Who do we call?",
]
T32 = [
 "You are a travel assistant. The user is {P:a} ({EM:a}), a platinum member. Answer her question about the baggage allowance on {PNR:a}.",
 "{\"tool\": \"update_profile\", \"arguments\": {\"traveler\": \"{P:a}\", \"mobile\": \"{PH:a}\", \"passport\": \"{PP:a}\"}}\nWhy did this tool call fail?",
 "Hola, soy {P:a}. Mi vuelo con localizador {PNR:a} fue cancelado. ¿Me pueden llamar al {PH:a}?",
 "Bonjour, je m'appelle {P:a}, mon numéro de réservation est {PNR:a}. Merci de me rappeler au {PH:a}.",
 "Hallo, hier ist {P:a}. Meine Buchungsnummer ist {PNR:a}, bitte rufen Sie mich unter {PH:a} zurück.",
 "Rewrite more politely: {F:a}, you forgot to submit your receipts again. Do it today.",
 "Summarise: {P:a} and her husband {P:b} want adjoining rooms; they land at 23:40 on {PNR:a}.",
 "Please check the spelling of the name on ticket {TK:a}: it says {L:a}/{F:a} but the passport reads {P:a}.",
 "My manager {P:a} approved the trip but the tool shows {P:b} as approver. Who should I ask?",
 "Extract the fields as JSON: traveller {P:a}, date of birth {DOB:a}, nationality German, passport {PP:a}, expiry 2031-04-30.",
 "Text from the driver: waiting outside arrivals with a sign for {P:a}, my number {PH:a}.",
 "Draft an out-of-office: I'm travelling until Friday. Urgent matters: {P:a}, {EM:a}, {PH:a}.",
 "Compliance flagged that {P:a} booked a hotel at {AD:a} outside the approved list. Write a short note to her manager.",
 "Seat swap request from {F:a} (row 31) who wants to sit next to {F:b} (row 12) on the same booking {PNR:a}.",
 "The embassy rejected the visa for {P:a} because the passport {PP:a} expires in 2 months. What are the options?",
]
T33 = [
 "Itinerary for {P:a}\nMon 14:05 LH 1234 FRA-LIS, seat 3A\nHotel: {AD:a}\nContact on site: {P:b} ({PH:b})",
 "Can you make this sound friendlier? \"Dear Sr. {L:a}, your refund for ticket {TK:a} was declined.\"",
 "{F:a} from accounting keeps asking about the hotel invoice for {PNR:a}. What do I tell her?",
 "Duty of care roll call:\n• {P:a} - safe\n• {P:b} - no reply, last seen {GEO:b}\n• {P:c} - safe",
 "HR onboarding: create a corporate card for {P:a} (employee 48213), delivery to {AD:a}.",
 "Who is \"{P:a}\" in this thread? She signed the approval for {PNR:a} but is not in our directory.",
 "Gentile Dott.ssa {L:a}, la sua prenotazione {PNR:a} è confermata. Translate to English.",
 "Flight crew list: Captain {P:a}, First Officer {P:b}, Purser {P:c}. Check rest times.",
 "The booking tool shows {P:a} twice, once with {EM:a} and once with {EM:b}. Merge the profiles?",
 "Please send the invoice to {F:a} {L:a} at {EM:a}; she handles travel for the Madrid office.",
 "I am writing on behalf of my colleague {P:a}, who lost her passport ({PP:a}) on the way to the airport.",
 "Call summary: spoke with {P:a}, she wants to change the return to Sunday and keep seat 14C on {PNR:a}.",
 "{P:a} <{EM:a}> has invited you to edit the document \"Q3 offsite logistics\".",
 "Visitor badge for {P:a}, arriving Tuesday with {P:b}; both need parking.",
 "Please double-check: DOB on file for {P:a} is {DOB:a}, but the passport scan shows a different year.",
]
T34 = [
 "Hi all,\n\nquick update on the Lisbon trip: {P:a} will fly out a day early, and {F:b} joins on Wednesday. Hotel is {AD:a}.\n\nBest,\n{F:c}",
 "Can you check if {L:a}, {F:a} (passport {PP:a}) is on the manifest for tomorrow's charter?",
 "Note to self: ask {F:a} about the per diem, then email {P:b} re. the visa letter.",
 "{P:a}'s flight was diverted to Porto; she is at {GEO:a} and needs a hotel for tonight. Budget 150 EUR.",
 "The CEO's EA, {P:a}, asked us to keep the CEO's travel private. Her direct line is {PH:a}.",
 "Traveller survey comment: \"The agent {F:a} was super helpful, thanks!\" - submitted by {EM:a}",
 "Guests arriving Friday:\n{P:a}\n{P:b}\n{P:c}\nPlease arrange the airport transfer.",
 "Fraud alert: card {CARD:a} was used in three countries in one hour; the holder is {P:a}. Block it?",
 "{CO:a} and {CO:b} both quoted for the {CITY:a} offsite; {CO:a} is 12% cheaper. Summarise.",
 "Travel policy reminder from {CO:a}: book via the portal, economy under 6 hours, no exceptions in {MON:a}.",
 "Room block at the {CO:a} hotel in {CITY:a}: {N2:a} rooms held until {MON:a} {N1:a}.",
 "Write a LinkedIn post celebrating our partnership with {CO:a} and {CO:b} in {CITY:a}.",
 "Transfer {CITY:a} airport to {CITY:b} old town: {N2:a} minutes by taxi, {N2:b} by train. Which is better?",
 "Ask {F:a} to upload the boarding pass for {PNR:a}; finance needs it for the claim.",
 "{P:a} (she/her) is the new travel manager for the {CITY:a} office. Add her to the approver list.",
]
T35 = [
 "Quick favour: {P:a} needs a taxi from the office to the airport at 5pm; her mobile is {PH:a}.",
 "Agenda item 3: {P:a} to present the Q3 travel spend; {P:b} to follow up on the hotel contracts.",
 "Translate into Italian: Dear {P:a}, your booking {PNR:a} is confirmed. We look forward to welcoming you.",
 "Passenger {P:a} (frequent flyer 4481 2290) asks whether her companion {P:b} can use the lounge.",
 "The hotel charged {P:a}'s card {CARD:a} twice for the same night. Draft a dispute message.",
 "Update from {F:a}: the visa for {P:b} was approved; passport {PP:b} will be returned on Friday.",
 "Summarise the complaint: guest {P:a}, room 512, says the AC was broken; contact {EM:a}.",
 "Please confirm the meeting point for {P:a} and {P:b}: arrivals hall, exit B, 08:30.",
 "{P:a} forgot her laptop charger at {AD:a}; ask the concierge to courier it.",
 "List the travellers missing an emergency contact: {P:a}, {P:b}, {P:c}.",
 "Risk note: {P:a} travels to Lagos next week; her last check-in was at {GEO:a}.",
 "Can you anonymise: 'Hi {F:a}, call me back on {PH:a} about the booking {PNR:a}. Thanks, {F:b}'",
 "From the chat: {F:a}: is my upgrade confirmed? / agent: yes, on {PNR:a}.",
 "{P:a} ({EM:a}) and {P:b} ({EM:b}) will share the rental car; {P:a} drives.",
 "Expense report {P:a}: dinner 84 EUR, taxi 23 EUR, hotel 412 EUR; approved by {P:b}.",
]
T36 = [
 "Hey, can you check if {F:a} made it onto the 7:15 shuttle? Her number is {PH:a} and the booking is {PNR:a}.",
 "Escalation: {P:a} has been waiting at the {CITY:a} desk for two hours; the agent says ticket {TK:a} was never issued.",
 "Dinner reservation for four under the name {L:a}, 8pm; confirm to {EM:a}.",
 "Copy for the visa letter: We confirm that {P:a}, born {DOB:a}, holder of passport {PP:a}, is employed by {CO:a}.",
 "| traveller | seat | meal |\n|---|---|---|\n| {P:a} | 14C | VGML |\n| {P:b} | 14D | none |",
 "{F:a} here, I'm stuck at the hotel and the card {CARD:a} keeps getting declined. Can someone help?",
 "Driver pickup: {AD:a}, 06:30, passenger {P:a}, mobile {PH:a}. Flight {FL:a}.",
 "Who approved {P:a}'s business-class upgrade? Policy says economy under six hours.",
 "Trip summary for {F:a} {L:a}: outbound {FL:a}, return {FL:b}, hotel near the {CITY:a} office.",
 "The refund of 412 EUR goes to {IBAN:a}, account holder {P:a}. Reference {PNR:a}.",
 "I'm travelling with my daughter {F:a} and my husband {P:b}; can we get three seats together on {PNR:a}?",
 "Last known position of {P:a}: {GEO:a} (shared via the duty-of-care app at 14:02).",
 "Thanks {F:a}! Also looping in {P:b} who handles the {CO:a} account.",
 "Suspicious login to the booking portal from {IP:a} using the key {SEC:a}; the account belongs to {P:a}.",
 "Please forward the e-ticket to {EM:a} and cc {P:b}; the PNR is {PNR:a}.",
]
T37 = [
 "Summarise this WhatsApp thread:\n[09:12] {F:a}: landed, where is the driver?\n[09:14] Driver: at door 4\n[09:20] {F:a}: found him, thanks",
 "Expense line flagged: {DATE:a} hotel {CITY:a} 389 EUR, traveller {L:a}, {F:a}; card {CARD:a}.",
 "Can {P:a} take the earlier flight? She'd land at 14:10 instead of 18:45; booking {PNR:a}.",
 "Lost passport report: {P:a} (passport {PP:a}, DOB {DOB:a}) reported it missing near {AD:a}.",
 "From: {P:a} <{EM:a}>\nTo: travel desk\nSubject: seat change\n\nCould you move me to an aisle seat on {PNR:a}? Cheers, {F:a}",
 "Our CEO {P:a} and the CFO {P:b} arrive on {FL:a}; VIP meet and greet please.",
 "Write a welcome note for {F:a}, who joins the Berlin team on Monday and flies in from {CITY:a}.",
 "Incident {REF:a}: traveller {P:a} reported harassment at the hotel; she is now safe at {GEO:a}.",
 "Re: invoice, the charge of 1,240 USD on card {CARD:a} was for {P:a} and {P:b} (two rooms, three nights).",
 "Ping {F:a} on Slack: her hotel cancelled, rebook at the {CO:a} property near {CITY:a}.",
 "Calendar: 10:00 call with {P:a} ({CO:a}) about the group booking {PNR:a}.",
 "Per {F:a}'s request, change the name on ticket {TK:a} from {P:b} to {P:c}.",
 "Hi there, I'm {P:a}, my phone died, please text my colleague at {PH:a} instead.",
 "Visa invitation: {P:a}, citizen of Brazil, passport {PP:a}, will attend the workshop hosted by {CO:a} in {CITY:a}.",
 "Seat map note: 12A {LU:a}/{FU:a} MR, 12B {LU:b}/{FU:b} MS; both on {PNR:a}.",
]
T38 = [
 "Slack export:\n{F:a} (she/her) 9:41 AM\nmy flight got cancelled, any rebooking options?\n{F:b} 9:43 AM\nlooking now, what's the PNR?\n{F:a} 9:44 AM\n{PNR:a}",
 "Bitte buchen Sie für Frau {P:a} ein Einzelzimmer; Rückruf unter {PH:a}.",
 "Merci de réserver un taxi pour M. {P:a} demain à 7h, départ {AD:a}.",
 "Reembolso pendiente para {P:a}: billete {TK:a}, importe 230 EUR.",
 "{\"traveler\": {\"first\": \"{F:a}\", \"last\": \"{L:a}\"}, \"contact\": \"{EM:a}\", \"pnr\": \"{PNR:a}\"}",
 "Traveller {P:a} is pregnant (32 weeks); the airline needs a fit-to-fly letter before {DATE:a}.",
 "Bullet points for the board:\n- {P:a} exceeded the hotel cap twice\n- {P:b} booked first class without approval\n- {CO:a} invoices are late",
 "Could you draft a reply to {P:a}? She wrote that her booking {PNR:a} vanished after the schedule change.",
 "Medical alert for {P:a}: severe nut allergy. Inform the crew on {FL:a}.",
 "Translate: 'Sehr geehrter Herr {L:a}, Ihre Kreditkarte {CARD:a} wurde belastet.'",
 "{P:a} and I are both stuck in {CITY:a}; our booking ref is {PNR:a}. Can you help?",
 "Approval chain: requester {P:a} -> manager {P:b} -> finance ({EM:a}).",
 "Accessibility request: {P:a} uses a wheelchair; please arrange assistance at the gate and note it on {PNR:a}.",
 "Customer {P:a}, DOB {DOB:a}, called from {PH:a} asking about the refund.",
 "The GPS tracker for driver {P:a} last pinged at {GEO:a}; he is not answering {PH:a}.",
]
T39 = [
 "Incoming call log: 14:02 {P:a} ({PH:a}) re: lost bag; 14:10 {P:b} re: invoice {REF:a}.",
 "Hotel no-show: {L:a} family (4 pax), arrival {DATE:a}, guarantee card {CARD:a}.",
 "Can you write a short bio for {P:a}, our new head of travel, who joined from {CO:a}?",
 "Note: {F:a} prefers window seats and vegetarian meals; update profile {EM:a}.",
 "Emergency contact for {P:a}: {P:b}, {PH:a} (sister).",
 "The passport of {P:a} ({PP:a}) expires in May; she travels to Brazil on {DATE:a}.",
 "Birthday surprise for {F:a} at the {CITY:a} offsite: cake delivered to {AD:a}.",
 "Hola {F:a}, tu vuelo {FL:a} sale a las 7:40; localizador {PNR:a}.",
 "Please verify: is {EM:a} the right address for {P:a}, or should we use {EM:b}?",
 "Overbooked: we moved {P:a} and {P:b} to the {CO:a} hotel across the road.",
 "Audit finding: {P:a} claimed 3 taxi rides on {DATE:a} totaling 210 EUR without receipts.",
 "Tell {F:a} the driver will hold a sign with her surname, {LU:a}, at arrivals.",
 "{P:a} (ext. 4412) is covering for {P:b} until Friday; route approvals to her.",
 "Compare the two quotes for {P:a}'s trip to {CITY:a}: {CO:a} at 1,200 EUR vs {CO:b} at 980 EUR.",
 "The key {SEC:a} was pasted in a ticket by {P:a}; rotate it and tell {F:b}.",
]
T40 = [
 "Re: Fwd: hotel\n> On Monday, {P:a} <{EM:a}> wrote:\n> please cancel my room for the 14th",
 "CSV:\nname,email,phone\n{P:a},{EM:a},{PH:a}\n{P:b},{EM:b},{PH:b}",
 "Voice note transcript: hi it's {F:a} from the Lisbon office, call me back on {PH:a}",
 "Traveller profile | Name: {L:a}, {F:a} | Nationality: Brazilian | Passport: {PP:a}",
 "{F:a} {L:a} has 2 trips this month: {CITY:a} and {CITY:b}.",
 "Who else is on {PNR:a} besides {P:a}?",
 "Flag for review: {P:a} and {P:b} share the same card {CARD:a}.",
 "Dear Sir or Madam, I, {P:a}, authorise {CO:a} to charge my card for the group booking.",
 "Kannst du {F:a} sagen, dass der Flug {FL:a} verspätet ist? Ihre Nummer: {PH:a}",
 "Itinerary owner: {EM:a} (display name: {P:a})",
 "Reassign the trip of {P:a} to the new cost centre and notify her manager, {P:b}.",
 "@{F:a} the visa appointment is at 9:30, bring passport {PP:a}",
 "Retrospective: the {CITY:a} summit went well; special thanks to {P:a} and {P:b} for logistics.",
 "Lounge access denied for {P:a} (status: none); ticket {TK:a}.",
 "Incident timeline: 08:10 {F:a} reported feeling unwell; 08:25 medic arrived at {AD:a}; 09:00 {F:a} discharged.",
]
T41 = [
 "Draft a polite reply to this complaint:\nFrom: {P:a} <{EM:a}>\nSubject: charged twice\nI stayed at the Hilton {CITY:a} from {DATE:a} and my card {CARD:a} was charged twice. Booking {PNR:a}. Please fix this. {F:a}",
 "Summarise the escalation for the duty manager:\nTraveler {P:a} (mobile {PH:a}) missed the connection in {CITY:a} after {FL:a} landed 95 minutes late. Rebooked on {FL:b}, new ticket {TK:a}. Hotel voucher issued for one night.",
 "Extract the traveler details as JSON:\nName: {P:a}\nDate of birth: {DOB:a}\nPassport: {PP:a}\nEmail: {EM:a}\nHome address: {AD:a}",
 "Check this expense report for policy violations:\n- {DATE:a} taxi {CITY:a} 48.20 EUR (receipt missing)\n- {DATE:b} dinner with {P:a} ({CO:a}) 212.00 EUR\n- hotel 3 nights 690.00 EUR\nSubmitted by {P:b}.",
 "Translate to French for the driver: Pick up {P:a} at {AD:a} at 06:15 and drive to terminal 2. Her phone is {PH:a}.",
 "The refund for ticket {TK:a} should go to IBAN {IBAN:a} (account holder {P:a}). Write the instruction for the finance team; reference {PNR:a}.",
 "Which of these travelers still need a visa for the {CITY:a} conference?\n1. {P:a}, Indian passport {PP:a}\n2. {P:b}, German passport\n3. {P:c}, Brazilian passport",
 "Security alert: login to the travel portal for {EM:a} from {IP:a} at 03:12 UTC, then a password reset. The user {P:a} says it was not her. Recommend next steps.",
 "Rewrite for the traveler app: {F:a}, your seat on {FL:a} changed to 32C. Booking {PNR:a}. If this does not work for you, call {PH:a}.",
 "Duty-of-care check: {P:a} shared her location {GEO:a} at 22:40 and has not answered since. Her emergency contact is {P:b} ({PH:a}). What should the team do first?",
 "Summarise this GDS history for the agent:\nRLOC {PNR:a}\n1.1{LU:a}/{FU:a} MRS\n2 {FL:a} Y 12MAR FRAJFK HK1\nFA PAX {TK:a}/ETLH/EUR1240.00",
 "Classify this support ticket: 'Hi, this is {P:a} from {CO:a}. Our API key {SEC:a} stopped working after the upgrade. Can you check? Thanks.'",
 "Compare the two hotel offers for {P:a}'s stay in {CITY:a}: Marriott at 189 EUR/night and Novotel at 142 EUR/night, 4 nights from {DATE:a}. Which fits the 160 EUR cap?",
 "Write a short note to {F:a}: the lost-and-found desk at {CITY:a} airport has her laptop bag, claim reference {PNR:a}; she can collect it or have it sent to {AD:a}.",
 "Create a calendar invite text: Trip review with {P:a}, {P:b} and {P:c} on {DATE:a}, dial-in {PH:a}. Agenda: Q3 spend, supplier renewals, the {CO:a} contract.",
]
T42 = [
 "Summarise this voicemail for the ticket: 'Hello, it's {P:a} calling about booking {PNR:a}. My flight {FL:a} was cancelled and I need a hotel tonight. Please call me back on {PH:a}. Thank you.'",
 "Fill in the incident form from these notes: traveler {P:a}, DOB {DOB:a}, slipped in the hotel lobby at {AD:a}; taken to hospital; manager on duty {P:b} informed; photos sent to {EM:a}.",
 "Is this fare rule summary correct? Ticket {TK:a} for {P:a}, non-refundable, change fee 75 EUR, valid until {DATE:a}. Reply with yes/no and a reason.",
 "Prepare the handover for the night shift:\n* {PNR:a} - {P:a}, waiting for visa decision\n* {PNR:b} - {P:b}, upgrade requested (no availability)\n* {PNR:c} - group of 12, {CO:a}, deposit overdue",
 "Convert to a table with columns name, email, phone:\n{P:a} - {EM:a} - {PH:a}\n{P:b} - {EM:b} - {PH:b}",
 "The corporate card ending {CARD:a} was declined at check-in for {P:a}. Draft a message to the card issuer's support asking why, without including the full card number.",
 "Why would this API call fail? curl -H 'Authorization: Bearer {SEC:a}' https://api.example.com/v2/travelers?email={EM:a} returns 403 from {IP:a}.",
 "Write the welcome e-mail for the {CITY:a} site visit. Attendees: {P:a} ({CO:a}), {P:b} ({CO:b}). Meeting point: {AD:a} at 09:00.",
 "Score the sentiment of this review: 'Our guide {F:a} was wonderful, but the hotel lost our booking {PNR:a} and we waited two hours.' - {P:a}, {CITY:a}",
 "Geo-fence check: is {GEO:a} inside the high-risk zone around {CITY:a}? Traveler {P:a} checked in there 20 minutes ago.",
 "Bank details for the speaker fee: {P:a}, IBAN {IBAN:a}, BIC DEUTDEFF. Summarise what finance needs to approve the payment.",
 "List every person named in this thread and their role:\n{P:a} (travel manager) asked {P:b} (HR) to approve the relocation flights for {P:c}.",
 "Passport scan OCR:\nSurname: {LU:a}\nGiven names: {FU:a}\nDocument no: {PP:a}\nDate of birth: {DOB:a}\nWhich fields look wrong?",
 "Reply to {F:a} in Spanish: her refund of 320 EUR for ticket {TK:a} was approved and will reach the card ending {CARD:a} within 10 days.",
 "Plan the transfers: {P:a} lands on {FL:a} at 07:40, {P:b} on {FL:b} at 08:10; both go to {AD:a}. One car or two?",
]
T43 = [
 "Summarise the traveler's request in one line:\nHi team, {F:a} here from {CO:a}. I need to move my return flight {FL:a} to Friday evening; booking reference {PNR:a}. Call me on {PH:a} if there is a fare difference.",
 "Check the data quality of this profile and list the problems:\nfirst_name={F:a}; last_name={L:a}; email={EM:a}; phone={PH:a}; passport={PP:a}; dob={DOB:a}",
 "Write a two-line SMS to {P:a}: the driver is waiting at exit 3 of terminal 1, plate B-TX 4412, and will wait until 10:30.",
 "The hotel in {CITY:a} says the reservation under {P:a} was cancelled by mistake. Booking {PNR:a}, card guarantee {CARD:a}. Draft a firm but polite request to reinstate it.",
 "Our duty-of-care tool flagged {P:a}: last check-in at {GEO:a}, 26 hours ago, phone {PH:a} unreachable. Who should be contacted next according to the escalation policy?",
 "Explain this error to the travel agent: 'ticketing failed for {LU:a}/{FU:a} MR: form of payment {CARD:a} declined by issuer'. What are the usual causes?",
 "Rewrite this note for the traveler file, keeping only what is needed: 'Spoke with {P:a} ({EM:a}) about her knee surgery; she needs an aisle seat and wheelchair assistance on {PNR:a}.'",
 "From the meeting minutes: {P:a} will renegotiate the {CO:a} rates; {P:b} owns the visa process; {P:c} to send the new travel policy by {DATE:a}. Turn this into action items.",
 "Find the mismatch: the invoice says guest {P:a}, the folio says {P:b}, both for room 1207 on {DATE:a} at the {CO:a} hotel.",
 "Tell me whether this IBAN is for a German account and who holds it: {IBAN:a}, account holder {P:a}, bank reference {PNR:a}.",
 "A traveler wrote: 'my colleague {F:a} and I missed the train to {CITY:a}, can we get seats on the next one? our tickets are under {L:a}.' Draft the agent's answer.",
 "Translate into German: Dear {P:a}, please find attached the invoice for ticket {TK:a}. Kind regards, {P:b}",
 "These logins look suspicious, which ones should we block? {EM:a} from {IP:a}; {EM:b} from {IP:b}; key used: {SEC:a}",
 "Summarise for the account manager: {CO:a} booked 42 trips in Q2, 18 of them by {P:a}; average lead time 9 days; 3 policy breaches, all by {P:b}.",
 "Plan a pickup: collect {F:a} {L:a} from {AD:a} at 05:45, flight {FL:a} from {CITY:a}; her mobile is {PH:a}.",
]
T44 = [
 "Turn this into a short status update for the client:\nTraveler {P:a} is stranded in {CITY:a} after a strike; we rebooked her on {FL:a} tomorrow, hotel paid on card {CARD:a}. Contact: {EM:a}.",
 "Extract all dates and people from this text: 'On {DATE:a} {P:a} flew to {CITY:a} and met {P:b}; on {DATE:b} both returned.'",
 "Is this e-mail phishing? 'Dear {F:a}, your travel account will be closed. Confirm your passport {PP:a} and card {CARD:a} at http://secure-travel-login.example/verify'",
 "Summarise the hotel's reply: 'We are sorry, Mr {L:a}. The room for booking {PNR:a} was given away at 23:00 because no guarantee was on file. Regards, Front Office.'",
 "Write the apology to {P:a}: her bag missed the connection in {CITY:a}; the courier will deliver it to {AD:a} tomorrow before noon. Claim reference {PNR:a}.",
 "Match each traveler to a seat preference:\n{P:a}: aisle, near the front\n{P:b}: window\n{P:c}: no preference",
 "What does this log line mean? '{DATE:a}T07:14:03Z WARN pnr={PNR:a} pax=\"{LU:a}/{FU:a}\" ip={IP:a} msg=\"duplicate segment\"'",
 "Rewrite politely for the WhatsApp group: '{F:a}, {F:b} - bus leaves at 6:40 sharp from the hotel lobby, do not be late again'",
 "Compute the per diem for {P:a}: 4 days in {CITY:a} at 68 EUR, minus breakfast included by the hotel. Explain the result in one line.",
 "Classify this call transcript: agent: how can I help? caller: this is {P:a}, I lost my passport {PP:a} in {CITY:a} and fly home on {DATE:a}.",
 "Fill the emergency contact card: traveler {P:a}, blood type 0+, allergies none, contact {P:b} (husband), {PH:a}.",
 "Which of these tickets can be refunded? {TK:a} ({P:a}, flexible) and {TK:b} ({P:b}, saver).",
 "The traveler {P:a} asks us to send the invoice to her private address, {AD:a}, instead of the office. Is that allowed under the policy?",
 "Review the expense: {P:a} paid 340 EUR for a taxi from the airport to {CITY:a} with the card {CARD:a}; the policy cap is 120 EUR.",
 "Draft the visa invitation letter: we invite {P:a}, born {DOB:a}, passport {PP:a}, to visit our office at {AD:a} from {DATE:a}.",
]
T = {'44': T44, '43': T43, '42': T42, '41': T41, '40': T40, '39': T39, '38': T38, '37': T37, '36': T36, '35': T35, '34': T34, '33': T33, '32': T32, '31': T31, '1': T, '2': T2, '3': T3, '4': T4, '5': T5, '6': T6, '7': T7, '8': T8, '9': T9, '10': T10, '11': T11, '12': T12, '13': T13, '14': T14, '15': T15, '16': T16, '17': T17, '18': T18, '19': T19, '20': T20, '21': T21, '22': T22, '23': T23, '24': T24, '25': T25, '26': T26, '27': T27, '28': T28, '29': T29, '30': T30}[SET]
NEG = [
 "Q3 summary: 1,284 trips, 312 travelers, average fare 642 EUR, 94% policy compliance. Top routes: FRA-JFK, LHR-SIN.",
 "Release 4.12.3: fixed seat map caching, upgraded the fare engine to v2.8, PNR sync latency down 18%.",
 "Hotel market report for Paris, Berlin and Madrid: ADR up 6.1% year on year, occupancy 78%.",
 "The meeting with the Marriott sales team is on March 14; bring the Q2 volume numbers (2,310 room nights).",
 "Flight LH 400 departs FRA at 10:55 from gate Z25, aircraft A340-600, seat 14C.",
 "Policy: economy for flights under 6 hours; business allowed above. Exceptions need VP approval (form TR-7).",
 "Order 55120938 and invoice INV-2026-00481 are reconciled; cost center CC-4410.",
 "Paris, Florence and Victoria were the top three destinations for the sales team this quarter.",
 "Our TMC dashboard shows 42 open cases, 7 escalated, median resolution time 3.4 hours.",
 "May travel volumes were flat; June will be busier with the Summit in Lisbon (about 450 attendees).",
]
SLOT = {'P': lambda f,l: person(f,l), 'F': lambda f,l: f.first_name(), 'L': lambda f,l: f.last_name(), 'LU': lambda f,l: f.last_name().upper(), 'FU': lambda f,l: f.first_name().upper(),
        'LAT': lambda f,l: f"{random.uniform(-60, 70):.6f}", 'LON': lambda f,l: f"{random.uniform(-170, 170):.6f}", 'EM': lambda f,l: f.email(), 'PH': lambda f,l: phone(l), 'PNR': lambda f,l: pnr(), 'TK': lambda f,l: ticket(),
        'AD': lambda f,l: f.street_address(), 'GEO': lambda f,l: geo(), 'CARD': lambda f,l: f.credit_card_number(), 'IBAN': lambda f,l: iban(f), 'PP': lambda f,l: passport(f),
        'IP': lambda f,l: f.ipv4_public() if random.random()<.8 else f.ipv6(), 'SEC': lambda f,l: secret(), 'DOB': lambda f,l: dob(f)}
# near misses (set 12): labelled nothing, whatever they look like
if SET == '12':
    SLOT.update({'CO': lambda f,l: random.choice(CO), 'HT': lambda f,l: random.choice(HT), 'LO': lambda f,l: random.choice(LO),
                 'PL': lambda f,l: random.choice(PLX), 'EV': lambda f,l: random.choice(EV), 'RO': lambda f,l: random.choice(RO)})
# set 17: operational text with numbers, codes, firms and cities, no personal data
if SET in ('17', '22', '27', '28', '29', '30', '34', '36', '37', '38', '39', '40', '41', '42', '43', '44'):
    dig = lambda n: lambda f,l: str(random.randint(10**(n-1), 10**n - 1))
    SLOT.update({'N1': dig(1), 'N2': dig(2), 'N3': dig(3), 'N4': dig(4), 'N5': dig(5), 'N6': dig(6), 'N10': dig(10), 'N13': dig(13),
                 'CO': lambda f,l: f.company(), 'DOM': lambda f,l: f.domain_word(), 'CITY': lambda f,l: f.city(), 'UUID': lambda f,l: f.uuid4(), 'SHA': lambda f,l: f.sha1()[:random.choice([7, 12, 40])],
                 'DATE': lambda f,l: f.date_between('-1y', '+1y').isoformat(), 'TS': lambda f,l: f.date_time_this_year().strftime('%Y-%m-%dT%H:%M:%SZ'),
                 'HM': lambda f,l: f"{random.randint(0,23):02d}:{random.choice(['05','15','30','45','55'])}", 'MON': lambda f,l: f.month_name(), 'Q': lambda f,l: str(random.randint(1,4)),
                 'REF': lambda f,l: random.choice(['INV', 'HMP', 'CT', 'PO']) + '-' + str(random.randint(2024, 2026)) + '-' + str(random.randint(100, 99999)),
                 'REG': lambda f,l: random.choice(['D-A', 'G-', 'F-H', 'N', 'EI-', 'HB-J', 'PH-B']) + ''.join(random.choice(string.ascii_uppercase) for _ in range(3)),
                 'FL': lambda f,l: random.choice(['LH', 'BA', 'AF', 'KL', 'UA', 'DL', 'EK', 'QR', 'SQ', 'NH', 'JL', 'TK', 'LX', 'AY', 'IB']) + random.choice(['', ' ']) + str(random.randint(1, 9999)),
                 'AC': lambda f,l: random.choice(['A320neo', 'A321', 'A330-300', 'A350-900', 'B737-800', 'B777-300ER', 'B787-9', 'E190']),
                 'IATA': lambda f,l: random.choice(['FRA', 'MUC', 'LHR', 'CDG', 'AMS', 'JFK', 'ORD', 'SFO', 'NRT', 'SIN', 'DXB', 'DOH', 'IST', 'ZRH', 'MAD', 'BCN', 'FCO', 'WAW', 'ARN', 'GRU']),
                 'TRAIN': lambda f,l: random.choice(['ICE', 'TGV', 'IC', 'EC', 'RJX', 'AVE', 'Frecciarossa', 'Eurostar']) + ' ' + str(random.randint(1, 999))})
# set 27: the obfuscations of make_adversarial.py, on values that are not personal data
ZW = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad']
HOMO = {'a': 'а', 'e': 'е', 'o': 'о', 'p': 'р', 'c': 'с', 'x': 'х', 'A': 'А', 'E': 'Е', 'O': 'О', 'P': 'Р', 'C': 'С', 'T': 'Т', 'H': 'Н', 'K': 'К', 'M': 'М', 'B': 'В'}
def obfuscate(s):
    def zw(x):
        if len(x) < 3: return x
        l = list(x)
        for _ in range(random.randint(1, 3)): l.insert(random.randint(1, len(l) - 1), random.choice(ZW))
        return ''.join(l)
    def hg(x):
        idx = [i for i, c in enumerate(x) if c in HOMO]
        if not idx: return zw(x)
        i = random.choice(idx); return x[:i] + HOMO[x[i]] + x[i + 1:]
    fw = lambda x: ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else ('\u3000' if c == ' ' else c) for c in x)
    fwdig = lambda x: ''.join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in x)
    nbsp = lambda x: x.replace(' ', random.choice(['\u00a0', '\u202f', '\u2009']))
    spaced = lambda x: ' '.join(c for c in x if c != ' ')
    dashed = lambda x: random.choice(['-', '.']).join(c for c in x if c != ' ')
    return random.choice([zw, hg, fw, fwdig, nbsp, spaced, dashed, lambda x: x.upper(), lambda x: x.replace(' ', '  ')])(s)
ENT = {'P':'PERSON','F':'PERSON','L':'PERSON','LU':'PERSON','FU':'PERSON','LAT':'GEO_COORDINATES','LON':'GEO_COORDINATES','EM':'EMAIL','PH':'PHONE','PNR':'PNR','TK':'TICKET_NUMBER','AD':'ADDRESS','GEO':'GEO_COORDINATES','CARD':'PAYMENT_CARD','IBAN':'IBAN','PP':'PASSPORT','IP':'IP_ADDRESS','SEC':'SECRET','DOB':'DATE_OF_BIRTH'}
import re
for i in range(N):
    if random.random() < .15:
        out.write(json.dumps({'id': f'n{i}', 'text': random.choice(NEG), 'spans': [], 'tpl': 'NEG'}) + '\n'); continue
    ti = random.randrange(len(T)); t = T[ti]; loc = random.choice(LOC); f = fakers[loc]
    vals = {}
    text = ''; spans = []; pos = 0
    for m in re.finditer(r'\{(\w+):(\w)\}', t):
        text += t[pos:m.start()]; pos = m.end()
        k = (m.group(1), m.group(2))
        if k not in vals:
            vals[k] = SLOT[m.group(1)](f, loc).replace('\n', ', ')
            if SET == '27' and random.random() < .7: vals[k] = obfuscate(vals[k])
        st = len(text.encode()); text += vals[k]
        if m.group(1) in ENT:
            spans.append({'start': st, 'end': len(text.encode()), 'entity': ENT[m.group(1)], 'value': vals[k]})
    text += t[pos:]
    out.write(json.dumps({'id': f'g{i}', 'text': text, 'spans': spans, 'tpl': f'{ti}:{loc}'}) + '\n')
