#!/usr/bin/env python3
"""The official openai and anthropic SDKs against the real gateway binary, with a real
HTTP upstream on 127.0.0.1 that echoes what it received. Checks, streaming and not:
no seeded value reaches the upstream; the caller gets the values back; /metrics passes
`promtool check metrics` when promtool is installed (CI installs it).

    python3 tests/sdk/check_sdks.py target/release/redaction-gateway
"""
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import anthropic
import openai

SEEDED = ["Anna Novak", "anna.novak@example.com", "+44 20 7946 0958", "4111 1111 1111 1111"]
PROMPT = "Traveler Anna Novak (anna.novak@example.com, +44 20 7946 0958) paid with card 4111 1111 1111 1111."
RECEIVED = []


def last_text(body):
    msgs = body.get("messages") or []
    c = msgs[-1]["content"] if msgs else ""
    if isinstance(c, list):
        c = "".join(p.get("text", "") for p in c)
    return c


class Upstream(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *a):
        pass

    def send(self, ctype, payload):
        self.send_response(200)
        self.send_header("content-type", ctype)
        self.send_header("content-length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def do_POST(self):
        raw = self.rfile.read(int(self.headers.get("content-length", 0)))
        RECEIVED.append(raw.decode())
        body = json.loads(raw)
        echo = "You said: " + last_text(body)
        pieces = [echo[i:i + 5] for i in range(0, len(echo), 5)]
        if self.path.endswith("/chat/completions"):
            if body.get("stream"):
                ev = [{"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m",
                       "choices": [{"index": 0, "delta": {"role": "assistant", "content": p}, "finish_reason": None}]} for p in pieces]
                ev.append({"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m",
                           "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
                ev.append({"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": [],
                           "usage": {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12}})
                out = "".join("data: %s\n\n" % json.dumps(e) for e in ev) + "data: [DONE]\n\n"
                return self.send("text/event-stream", out.encode())
            return self.send("application/json", json.dumps({
                "id": "c1", "object": "chat.completion", "created": 1, "model": "m",
                "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": echo}}],
                "usage": {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12}}).encode())
        if self.path.endswith("/messages"):
            msg = {"id": "msg_1", "type": "message", "role": "assistant", "model": "claude", "content": [],
                   "stop_reason": None, "stop_sequence": None, "usage": {"input_tokens": 5, "output_tokens": 1}}
            if body.get("stream"):
                ev = [("message_start", {"type": "message_start", "message": msg}),
                      ("content_block_start", {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}})]
                ev += [("content_block_delta", {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": p}}) for p in pieces]
                ev += [("content_block_stop", {"type": "content_block_stop", "index": 0}),
                       ("message_delta", {"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": None}, "usage": {"output_tokens": 7}}),
                       ("message_stop", {"type": "message_stop"})]
                out = "".join("event: %s\ndata: %s\n\n" % (n, json.dumps(e)) for n, e in ev)
                return self.send("text/event-stream", out.encode())
            msg.update(content=[{"type": "text", "text": echo}], stop_reason="end_turn", usage={"input_tokens": 5, "output_tokens": 7})
            return self.send("application/json", json.dumps(msg).encode())
        self.send_response(404)
        self.send_header("content-length", "0")
        self.end_headers()


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else "target/release/redaction-gateway"
    up = ThreadingHTTPServer(("127.0.0.1", 0), Upstream)
    threading.Thread(target=up.serve_forever, daemon=True).start()
    port, admin = free_port(), free_port()
    cfg = tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False)
    cfg.write(f"""
[server]
listen = "127.0.0.1:{port}"
admin_listen = "127.0.0.1:{admin}"
[[providers]]
name = "openai"
kind = "openai"
base_url = "http://127.0.0.1:{up.server_port}"
default = true
[[providers]]
name = "anthropic"
kind = "anthropic"
base_url = "http://127.0.0.1:{up.server_port}"
""")
    cfg.close()
    gw = subprocess.Popen([binary, "serve", "--config", cfg.name], stderr=subprocess.DEVNULL)
    results = []
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), 0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        oa = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/openai/v1", api_key="gw-key", max_retries=0)
        an = anthropic.Anthropic(base_url=f"http://127.0.0.1:{port}/anthropic", api_key="gw-key", max_retries=0)
        want = "You said: " + PROMPT

        def check(name, got):
            n = len(RECEIVED)
            leaked = [v for v in SEEDED if v in RECEIVED[-1]] if n else ["(nothing received)"]
            ok = got == want and not leaked
            results.append(ok)
            print(("ok  " if ok else "FAIL"), name, "" if ok else f"got={got!r} leaked={leaked}")

        r = oa.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": PROMPT}])
        check("openai chat", r.choices[0].message.content)
        s = oa.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": PROMPT}], stream=True)
        check("openai chat stream", "".join(c.choices[0].delta.content or "" for c in s if c.choices))
        m = an.messages.create(model="claude", max_tokens=100, messages=[{"role": "user", "content": PROMPT}])
        check("anthropic messages", m.content[0].text)
        with an.messages.stream(model="claude", max_tokens=100, messages=[{"role": "user", "content": PROMPT}]) as st:
            check("anthropic messages stream", "".join(st.text_stream))

        metrics = urllib.request.urlopen(f"http://127.0.0.1:{admin}/metrics").read()
        promtool = subprocess.run(["which", "promtool"], capture_output=True).stdout.strip()
        if promtool or os.environ.get("CI"):
            p = subprocess.run(["promtool", "check", "metrics"], input=metrics, capture_output=True)
            ok = p.returncode == 0
            results.append(ok)
            print(("ok  " if ok else "FAIL"), "promtool check metrics", "" if ok else p.stdout.decode() + p.stderr.decode())
    finally:
        gw.terminate()
        gw.wait(10)
        os.unlink(cfg.name)
    passed = sum(results)
    print(f"sdk: {passed} passed, {len(results) - passed} failed")
    sys.exit(0 if passed == len(results) else 1)


if __name__ == "__main__":
    main()
