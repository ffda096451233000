//! Response bodies: a whole buffer (streams: `stream::RestoringBody`).

use bytes::{Bytes, BytesMut};
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;

pub type BoxBody = http_body_util::combinators::BoxBody<Bytes, std::io::Error>;

pub fn full(b: impl Into<Bytes>) -> BoxBody {
    Full::new(b.into()).map_err(|never| match never {}).boxed()
}

/// A body over the limit is still read, and thrown away, up to this much more: a client
/// that is still sending then reads the 413 instead of a reset connection.
const DISCARD_AFTER_LIMIT: usize = 16 << 20;

pub enum ReadError {
    TooLarge,
    Broken,
}

/// Reads a request body of at most `limit` bytes.
pub async fn read_limited(mut body: Incoming, limit: usize) -> Result<Bytes, ReadError> {
    let mut buf = BytesMut::new();
    let mut over = 0usize;
    while let Some(frame) = body.frame().await {
        let Ok(data) = frame.map_err(|_| ReadError::Broken)?.into_data() else {
            continue;
        };
        if over > 0 || buf.len() + data.len() > limit {
            over += data.len();
            if over > DISCARD_AFTER_LIMIT {
                break;
            }
        } else {
            buf.extend_from_slice(&data);
        }
    }
    if over > 0 {
        Err(ReadError::TooLarge)
    } else {
        Ok(buf.freeze())
    }
}
