//! A streamed (SSE) answer, restored as the caller's connection reads it.
//!
//! The response body polls the provider's body itself: no task and no channel in
//! between, so an event costs no wake-up of another task, and every event already
//! handed over when the caller's connection asks is restored and sent together. When
//! the caller goes away the body is dropped, and the provider's body with it: the
//! upstream request is cancelled.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use hyper::body::{Body, Frame, Incoming};
use tokio::time::{Instant, Sleep};

use super::ctx::RequestCtx;
use super::Gateway;
use crate::error::{error_body, Code, GatewayError};
use crate::providers::sse::SseRestorer;
use crate::redact::PlaceholderMap;

/// At most this much restored output is gathered before it is handed to the
/// connection, so a provider that sends faster than the caller reads is not buffered
/// without bound.
const MAX_GATHER: usize = 64 * 1024;

/// hyper's client hands the provider's body over one chunk per poll, through its
/// connection's task: events the provider sent together are already read, but reach
/// this body one turn of the scheduler apart (two, measured, for the chunk after one
/// just taken). Output waits this many turns with nothing new before it is sent, so
/// events that came in one read leave in one write: a wait for work already done,
/// never for the provider (no timer), and the first event is not held at all.
const GATHER_TURNS: u8 = 2;

pub struct RestoringBody {
    gw: Arc<Gateway>,
    upstream: Incoming,
    sse: SseRestorer,
    map: PlaceholderMap,
    /// `Some` until the audit record is written (at the end, or when dropped)
    ctx: Option<RequestCtx>,
    idle: Duration,
    stall: Pin<Box<Sleep>>,
    /// restored output not yet handed to the connection
    gathered: Vec<u8>,
    /// turns of the scheduler still to wait for more of what the provider already
    /// sent (see `GATHER_TURNS`)
    turns: u8,
    sent: u64,
}

impl RestoringBody {
    pub fn new(gw: Arc<Gateway>, upstream: Incoming, mut ctx: RequestCtx, idle: Duration) -> Self {
        let map = if ctx.restore {
            std::mem::take(&mut ctx.placeholders)
        } else {
            PlaceholderMap::default()
        };
        Self {
            gw,
            upstream,
            sse: SseRestorer::default(),
            map,
            ctx: Some(ctx),
            idle,
            stall: Box::pin(tokio::time::sleep(idle)),
            gathered: Vec::new(),
            turns: 0,
            sent: 0,
        }
    }

    /// The stream is over (`why` is `None` for a clean end): held tails go out, an
    /// abnormal end becomes an error event in the provider's shape, and the request is
    /// accounted.
    fn end(&mut self, why: Option<&'static str>) {
        let Some(mut ctx) = self.ctx.take() else {
            return;
        };
        let out = &mut self.gathered;
        out.extend(self.sse.finish(&self.map));
        if let Some(why) = why {
            let code = if why == "upstream_stalled" {
                Code::UpstreamTimeout
            } else {
                Code::UpstreamUnreachable
            };
            let err = GatewayError::new(code, "the provider's stream ended abnormally");
            out.extend_from_slice(b"event: error\ndata: ");
            out.extend_from_slice(&error_body(&err, ctx.kind));
            out.extend_from_slice(b"\n\n");
        }
        let why = why.or(self.sse.saw_error.then_some("provider_error_event"));
        let total = self.sent + out.len() as u64;
        ctx.audit.usage = std::mem::take(&mut self.sse.usage);
        ctx.audit.reason = why.map(String::from);
        self.gw.finish(&mut ctx, total);
    }
}

impl Body for RestoringBody {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, std::io::Error>>> {
        let this = self.get_mut();
        let mut arrived = false;
        while this.ctx.is_some() && this.gathered.len() < MAX_GATHER {
            match Pin::new(&mut this.upstream).poll_frame(cx) {
                Poll::Ready(Some(Ok(frame))) => {
                    arrived = true;
                    if let Ok(data) = frame.into_data() {
                        this.sse.push_into(&this.map, &data, &mut this.gathered);
                    }
                }
                Poll::Ready(Some(Err(_))) => this.end(Some("upstream_reset")),
                Poll::Ready(None) => this.end(None),
                Poll::Pending => {
                    if arrived {
                        let next = Instant::now() + this.idle;
                        this.stall.as_mut().reset(next);
                        this.turns = if this.sent > 0 { GATHER_TURNS } else { 0 };
                    }
                    if this.turns > 0 && !this.gathered.is_empty() {
                        this.turns -= 1;
                        cx.waker().wake_by_ref();
                        return Poll::Pending;
                    }
                    // (also registers the timer's wake-up for a stall from now on)
                    if this.stall.as_mut().poll(cx).is_ready() {
                        this.end(Some("upstream_stalled"));
                    }
                    break;
                }
            }
        }
        if !this.gathered.is_empty() {
            let out = std::mem::take(&mut this.gathered);
            this.sent += out.len() as u64;
            Poll::Ready(Some(Ok(Frame::data(Bytes::from(out)))))
        } else if this.ctx.is_none() {
            Poll::Ready(None)
        } else {
            // nothing to send yet (a partial event, a held placeholder prefix); the
            // provider's body and the stall timer will wake us
            Poll::Pending
        }
    }
}

impl Drop for RestoringBody {
    fn drop(&mut self) {
        // dropped before the end: the caller went away
        if let Some(mut ctx) = self.ctx.take() {
            ctx.audit.usage = std::mem::take(&mut self.sse.usage);
            ctx.audit.reason = Some("client_closed".to_string());
            self.gw.finish(&mut ctx, self.sent);
        }
    }
}
