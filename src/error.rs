//! Gateway errors: a stable code, a status, and a message that never contains request
//! content. They become responses in exactly one place, `render`, in the shape of the
//! provider the caller was talking to.

use bytes::Bytes;
use http_body_util::Full;
use hyper::{Response, StatusCode};

use crate::providers::ProviderKind;

/// The contract's error codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    MissingKey,
    InvalidKey,
    TenantNotAllowed,
    ProviderNotAllowed,
    RecordLevelContext,
    EntityBlocked,
    ConnectorBlocked,
    UnknownConnector,
    UnknownProvider,
    InvalidApproval,
    InvalidJson,
    UnsupportedEncoding,
    UnsupportedMediaType,
    BodyTooLarge,
    RequestTimeout,
    UpstreamUnreachable,
    UpstreamTimeout,
    UpstreamTooLarge,
    AuditUnavailable,
    Internal,
}

impl Code {
    pub fn as_str(self) -> &'static str {
        match self {
            Code::MissingKey => "missing_key",
            Code::InvalidKey => "invalid_key",
            Code::TenantNotAllowed => "tenant_not_allowed",
            Code::ProviderNotAllowed => "provider_not_allowed",
            Code::RecordLevelContext => "record_level_context",
            Code::EntityBlocked => "entity_blocked",
            Code::ConnectorBlocked => "connector_blocked",
            Code::UnknownConnector => "unknown_connector",
            Code::UnknownProvider => "unknown_provider",
            Code::InvalidApproval => "invalid_approval",
            Code::InvalidJson => "invalid_json",
            Code::UnsupportedEncoding => "unsupported_encoding",
            Code::UnsupportedMediaType => "unsupported_media_type",
            Code::BodyTooLarge => "body_too_large",
            Code::RequestTimeout => "request_timeout",
            Code::UpstreamUnreachable => "upstream_unreachable",
            Code::UpstreamTimeout => "upstream_timeout",
            Code::UpstreamTooLarge => "upstream_answer_too_large",
            Code::AuditUnavailable => "audit_unavailable",
            Code::Internal => "internal_error",
        }
    }

    pub fn status(self) -> StatusCode {
        match self {
            Code::MissingKey | Code::InvalidKey => StatusCode::UNAUTHORIZED,
            Code::TenantNotAllowed
            | Code::ProviderNotAllowed
            | Code::RecordLevelContext
            | Code::EntityBlocked
            | Code::ConnectorBlocked
            | Code::InvalidApproval => StatusCode::FORBIDDEN,
            Code::UnknownConnector | Code::InvalidJson => StatusCode::BAD_REQUEST,
            Code::UnknownProvider => StatusCode::NOT_FOUND,
            Code::UnsupportedEncoding | Code::UnsupportedMediaType => {
                StatusCode::UNSUPPORTED_MEDIA_TYPE
            }
            Code::BodyTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Code::RequestTimeout => StatusCode::REQUEST_TIMEOUT,
            Code::UpstreamUnreachable | Code::UpstreamTooLarge => StatusCode::BAD_GATEWAY,
            Code::UpstreamTimeout => StatusCode::GATEWAY_TIMEOUT,
            Code::AuditUnavailable => StatusCode::SERVICE_UNAVAILABLE,
            Code::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The provider error `type` this code maps to.
    fn kind(self, provider: ProviderKind) -> &'static str {
        let s = self.status().as_u16();
        match provider {
            ProviderKind::OpenAi => match s {
                401 => "authentication_error",
                403 => "permission_error",
                500..=504 => "api_error",
                _ => "invalid_request_error",
            },
            ProviderKind::Anthropic => match s {
                401 => "authentication_error",
                403 => "permission_error",
                413 => "request_too_large",
                500..=504 => "api_error",
                _ => "invalid_request_error",
            },
        }
    }
}

/// An error with its code and a message safe to show (no detected value, no body).
#[derive(Debug, Clone, thiserror::Error)]
#[error("{code:?}: {message}")]
pub struct GatewayError {
    pub code: Code,
    pub message: String,
}

impl GatewayError {
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }
}

/// The one place an error becomes a response.
pub fn render(
    err: &GatewayError,
    provider: ProviderKind,
    request_id: &str,
) -> Response<Full<Bytes>> {
    Response::builder()
        .status(err.code.status())
        .header("content-type", "application/json")
        .header("x-request-id", request_id)
        .body(Full::new(Bytes::from(error_body(err, provider))))
        .expect("valid response")
}

/// The JSON error object, in the provider's shape (also sent as a stream's error event).
pub fn error_body(err: &GatewayError, provider: ProviderKind) -> Vec<u8> {
    let body = match provider {
        ProviderKind::OpenAi => serde_json::json!({
            "error": { "message": err.message, "type": err.code.kind(provider), "code": err.code.as_str(), "param": null }
        }),
        ProviderKind::Anthropic => serde_json::json!({
            "type": "error",
            "error": { "type": err.code.kind(provider), "message": err.message, "code": err.code.as_str() }
        }),
    };
    serde_json::to_vec(&body).expect("json")
}
