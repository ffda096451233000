//! Providers: where requests go, and the JSON shapes they speak.
//!
//! Request bodies are walked generically: every JSON string the model can read is a
//! text slot, whatever the endpoint (chat, completions, embeddings, responses,
//! Anthropic messages, tool arguments and results). What is skipped is the short list
//! of keys that are not text (`model`, `role`, ids, tool schemas) — a new field a
//! provider adds is therefore scanned, not forwarded raw.

pub mod sse;
pub mod walk;

use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProviderKind {
    OpenAi,
    Anthropic,
}

impl ProviderKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ProviderKind::OpenAi => "openai",
            ProviderKind::Anthropic => "anthropic",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Provider {
    pub name: String,
    pub kind: ProviderKind,
    pub base_url: hyper::Uri,
    pub api_key: Option<String>,
    pub api_key_env: Option<String>,
    pub extra_ca: Option<PathBuf>,
    pub default: bool,
}

/// Token usage as the provider reported it.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Usage {
    pub prompt_tokens: u64,
    pub completion_tokens: u64,
    pub total_tokens: u64,
}

impl Usage {
    /// Reads an OpenAI (`prompt_tokens`), Responses or Anthropic (`input_tokens`)
    /// usage object, keeping the largest value seen (Anthropic reports running totals).
    pub fn absorb(&mut self, v: &serde_json::Value) {
        let get = |k: &str| {
            v.get(k)
                .and_then(|x| x.as_u64().or_else(|| x.to_string().parse().ok()))
        };
        let max = |a: &mut u64, b: Option<u64>| {
            if let Some(b) = b {
                *a = (*a).max(b)
            }
        };
        max(
            &mut self.prompt_tokens,
            get("prompt_tokens").or_else(|| get("input_tokens")),
        );
        max(
            &mut self.completion_tokens,
            get("completion_tokens").or_else(|| get("output_tokens")),
        );
        max(&mut self.total_tokens, get("total_tokens"));
        if self.total_tokens < self.prompt_tokens + self.completion_tokens {
            self.total_tokens = self.prompt_tokens + self.completion_tokens;
        }
    }
}
