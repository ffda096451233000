//! Observability: every metric the contract names, with labels from bounded sets
//! (provider and connector names from the config, entity and status enums), never
//! from request content.

use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, Opts, Registry, TextEncoder,
};

pub struct Metrics {
    registry: Registry,
    pub requests: IntCounterVec,
    pub duration: HistogramVec,
    pub upstream_duration: HistogramVec,
    pub redactions: IntCounterVec,
    pub blocks: IntCounterVec,
    pub tokens: IntCounterVec,
    pub scanned_bytes: IntCounter,
    pub reloads: IntCounterVec,
    pub tenant_label: bool,
}

impl Metrics {
    pub fn new(tenant_label: bool) -> Self {
        let registry = Registry::new();
        let mut req_labels = vec!["provider", "model", "connector", "status"];
        if tenant_label {
            req_labels.push("tenant");
        }
        let buckets = vec![
            0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
            30.0, 60.0, 120.0,
        ];
        let requests = IntCounterVec::new(
            Opts::new(
                "gateway_requests_total",
                "Requests by provider, model, connector and status",
            ),
            &req_labels,
        )
        .unwrap();
        let duration = HistogramVec::new(
            HistogramOpts::new(
                "gateway_request_duration_seconds",
                "Whole request time at the gateway",
            )
            .buckets(buckets.clone()),
            &["provider"],
        )
        .unwrap();
        let upstream_duration = HistogramVec::new(
            HistogramOpts::new(
                "gateway_upstream_duration_seconds",
                "Time to the provider's response headers",
            )
            .buckets(buckets),
            &["provider"],
        )
        .unwrap();
        let redactions = IntCounterVec::new(
            Opts::new(
                "gateway_redactions_total",
                "Values replaced by placeholders",
            ),
            &["entity", "connector"],
        )
        .unwrap();
        let blocks = IntCounterVec::new(
            Opts::new("gateway_policy_blocks_total", "Requests refused by policy"),
            &["connector", "reason"],
        )
        .unwrap();
        let tokens = IntCounterVec::new(
            Opts::new("gateway_tokens_total", "Tokens as reported by providers"),
            &["provider", "model", "type"],
        )
        .unwrap();
        let scanned_bytes =
            IntCounter::new("gateway_scanned_bytes_total", "Bytes of text scanned").unwrap();
        let reloads = IntCounterVec::new(
            Opts::new("gateway_config_reloads_total", "Config and pattern reloads"),
            &["result"],
        )
        .unwrap();
        for m in [
            Box::new(requests.clone()) as Box<dyn prometheus::core::Collector>,
            Box::new(duration.clone()),
            Box::new(upstream_duration.clone()),
            Box::new(redactions.clone()),
            Box::new(blocks.clone()),
            Box::new(tokens.clone()),
            Box::new(scanned_bytes.clone()),
            Box::new(reloads.clone()),
        ] {
            registry.register(m).unwrap();
        }
        Self {
            registry,
            requests,
            duration,
            upstream_duration,
            redactions,
            blocks,
            tokens,
            scanned_bytes,
            reloads,
            tenant_label,
        }
    }

    pub fn render(&self) -> Vec<u8> {
        let mut buf = Vec::new();
        TextEncoder::new()
            .encode(&self.registry.gather(), &mut buf)
            .expect("encode metrics");
        buf
    }
}

/// A model name as a label: only a bounded, safe alphabet and length survive, so a
/// caller cannot put prompt text into the metrics through the `model` field.
pub fn model_label(model: &str) -> String {
    let ok = !model.is_empty()
        && model.len() <= 64
        && model
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._:/@".contains(c));
    if ok {
        model.to_string()
    } else if model.is_empty() {
        "none".into()
    } else {
        "other".into()
    }
}
