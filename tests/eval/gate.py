"""Detection gate for CI: scores the engine with the shared scorer on the dev set and
on an adversarial copy of it, and fails when a figure falls below issue 2's targets
(dev) or below what the engine reached when the gate was set (adversarial copy).

    python3 tests/eval/gate.py target/release/redaction-gateway

Also scores the records in data/unseen-*.jsonl (templates the dev set lacks, see
make_unseen.py). Needs ../shared/eval-dev beside the repository (CI has it) and
nothing else.
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.join(HERE, "..", "..", "..", "shared", "eval-dev")

# issue 2: recall per entity, precision over all findings, false positives per
# 10,000 words of the negative records
STRICT = ["EMAIL", "PHONE", "TICKET_NUMBER", "PAYMENT_CARD", "IBAN", "IP_ADDRESS", "SECRET", "GEO_COORDINATES"]
LOOSER = ["PERSON", "ADDRESS", "PNR", "PASSPORT", "DATE_OF_BIRTH"]
# the adversarial copy (make_adversarial.py, seed 7) scored 0.996 recall and 1.000
# precision when this gate was last raised; a drop of more than a point is a regression
ADVERSARIAL_RECALL = 0.99
ADVERSARIAL_PRECISION = 0.99
# records in templates the dev set lacks (make_unseen.py; data/unseen-*.jsonl): span
# recall when this gate was set, a point of slack, and at most this many findings on
# no span (there were none). ADDRESS keeps these low: Faker writes many street
# shapes in each locale's own way
UNSEEN = {"unseen-1.jsonl": 0.985, "unseen-2.jsonl": 0.977, "unseen-3.jsonl": 0.983, "unseen-4.jsonl": 0.988, "unseen-5.jsonl": 0.984, "unseen-6.jsonl": 0.982, "unseen-7.jsonl": 0.986, "unseen-8.jsonl": 0.984, "unseen-9.jsonl": 0.983, "unseen-10.jsonl": 0.976, "unseen-11.jsonl": 0.986, "unseen-12.jsonl": 0.99, "unseen-13.jsonl": 0.988, "unseen-14.jsonl": 0.984, "unseen-15.jsonl": 0.982, "unseen-16.jsonl": 0.97, "unseen-17.jsonl": 0.0, "unseen-18.jsonl": 0.988, "unseen-19.jsonl": 0.979, "unseen-20.jsonl": 0.985, "unseen-21.jsonl": 0.983, "unseen-22.jsonl": 0.0, "unseen-23.jsonl": 0.984, "unseen-24.jsonl": 0.977, "unseen-25.jsonl": 0.975, "unseen-26.jsonl": 0.985, "unseen-27.jsonl": 0.0, "unseen-28.jsonl": 0.979, "unseen-29.jsonl": 0.984, "unseen-30.jsonl": 0.0, "unseen-31.jsonl": 0.964, "unseen-32.jsonl": 0.967, "unseen-33.jsonl": 0.969, "unseen-34.jsonl": 0.948, "unseen-35.jsonl": 0.977, "unseen-36.jsonl": 0.982, "unseen-37.jsonl": 0.952, "unseen-38.jsonl": 0.965, "unseen-39.jsonl": 0.962, "unseen-40.jsonl": 0.968, "unseen-41.jsonl": 0.977, "unseen-42.jsonl": 0.972, "unseen-43.jsonl": 0.961, "unseen-44.jsonl": 0.929}
UNSEEN_FALSE = 3
# set 31 was written in session 17 and scored once before any change for it: span
# recall 0.877 (PERSON 0.826, PNR 0.600: locators tagged in a subject line, given names
# alone) — the nearest thing here to a held-out figure; its floor is set after the
# changes it led to, like the others'; set 32, written and scored the same way later in
# session 17: 0.854 (PERSON 0.755 with 29 findings on no span: `Meine Buchungsnummer`;
# PNR 0.852: `they land at 23:40 on MOZJFJ`); set 33 the same way: 0.860 (PERSON 0.907,
# PNR 0.459: `the approval for GOV0NW`, DATE_OF_BIRTH 0.000: `DOB on file for X is …`);
# set 34 the same way: 0.753 (PERSON 0.716 with 13 findings on no span, PNR 0.000: `the
# boarding pass for NWP2ID`); set 35, written at the session's end and scored once with
# no change for it: 0.936 (PERSON 0.907; the session-start build 0.935)
# set 12 is dense with near misses on purpose; most of its findings on no span were
# firms named after people in prose (`Morgan Lewis signed last week`), which no
# structural cue tells from a person: since session 16 a gazetteer of such firms
# keeps it within the common limit of 3
# set 17 has no span at all: 47 findings on no span there are Faker's Arabic company
# and town names (tribe names, `منيعview`), firms written as surnames
# (`Moses-Solomon`) and one Luhn-valid 13-digit order number
# set 22 has no span either: its 95 are Faker's Arabic firm and town names again,
# firms written as surnames in a Name attribute (`Wood-Skinner`, `Reynolds-Hussain`),
# towns after `booking for` (`Piotrków Trybunalski`) and one Luhn-valid order number
# set 27 has no span either, and its values are obfuscated the ways make_adversarial.py
# hides real ones: of its 37, 23 are Faker's Arabic firm and town names again, 6
# dotted numbers that parse as addresses (`Cost centre 9.3.6.2`), the rest firms
# spelled one letter at a time (`L e G o f f`), in look-alike letters or named as
# people (`Graham, Carter and Nixon`)
# set 30 has no span either, around the cues of session 14 (firms that called or
# reported, lists of towns and firms after a colon or with ' and '): of its 81, 67 are
# Faker's Arabic firm and town names, the rest firms named as people (`ИП «Сазонова
# Силин»`, `Clarke-Spencer said`), Portuguese and Polish towns in lists
# (session 15: a word of two scripts, `مطاوعville`, and a run after a town's first
# word, `Lake وجيه`, are no names: 17 47 -> 35, 22 95 -> 71, 27 37 -> 30, 30 81 -> 43;
# four single digits are an address only after a network word: 27 30 -> 24)
# (session 16: a gazetteer of firms named after people, Arabic firm lists and
# hyphenated family pairs, `ИП «…»`, Russian settlement types, `<Hotel Name=…>`,
# three surnames alone: 12 140 -> 3, 17 35 -> 10, 22 71 -> 14, 27 24 -> 12, 30 43 -> 17)
# set 34 has five templates of no span among its fifteen: its 13 are firms named as
# `{last} and {last}` after `partnership with` and Portuguese, Italian, Russian and
# Arabic towns and firms (`Marques de Moraes old town`, `Юг Руси`)
# (session 18: a message's sender after `from` and particles in a name before a
# person's verb take firms and towns named as people too, `policy reminder from
# Louis:`, `Delegates from da Luz and Mendes de Siqueira complained`: 30 17 -> 18,
# 34 13 -> 15, for 73 more people found in set 35)
# set 36, written in session 18 after set 35's cues and scored once before any change
# for it: recall 0.932 (PERSON 0.924, PNR 0.748), 8 findings on no span (firms named as
# people after `employed by`, towns before `office`/`desk`)
# set 37, written after set 36's cues and scored once before any change for it: recall
# 0.845 (PERSON 0.796, PNR 0.780), 4 findings on no span (the session-start build: the
# same recall, 10)
# set 38, written after set 37's cues and scored once before any change for it: recall
# 0.861 (PERSON 0.827, PNR 0.759), 2 findings on no span (the session-start build: the
# same)
# set 39, written after set 38's cues and scored once before any change for it: recall
# 0.840 (PERSON 0.814, PASSPORT 0.061), 2 findings on no span (the session-start build:
# the same)
# set 40, written after set 39's cues and scored once before any change for it: recall
# 0.844 (PERSON 0.788, PNR 0.000), 10 findings on no span (the session-start build: the
# same)
# set 41, fifteen templates in the dev set's own style, written after set 40's cues and
# scored once before any change for it: recall 0.948 (PERSON 0.895, PNR 1.000), 3
# findings on no span; the session-start build 0.905 (PNR 0.590), 4
# set 42, fifteen more in the dev set's style, written after set 41's cues and scored
# once before any change for it: recall 0.869 (PERSON 0.887, PNR 0.357), 6 findings on
# no span; the session-start build the same (PERSON 0.886)
# set 43, fifteen more in the dev set's style, written at session 18's end and scored
# once with no change for it: recall 0.915 (PERSON 0.838, PNR 1.000), 20 findings on no
# span (firms named by a surname that booked trips, `Köhler booked 42 trips`, and towns
# named like people after `The hotel in`); the session-start build 0.888 / 21. (An
# unquoted `first_name=…;` taken afterwards, its only change: 0.949.)
# set 44, fifteen more in the dev set's style, written at session 18's end and scored
# once with no change for it: recall 0.939 (PERSON 0.899, PNR 0.991), 3 findings on no
# span; the session-start build 0.916 (PNR 0.699) / 3
# (at session 18's end, after the cues each set showed: 30 -> 16, 36 8 -> 0, 37 4 -> 2,
# 40 10 -> 8; 42 and 43 keep theirs, firms and towns named as people)
UNSEEN_FALSE_OF = {"unseen-17.jsonl": 10, "unseen-22.jsonl": 14, "unseen-27.jsonl": 12, "unseen-30.jsonl": 16, "unseen-34.jsonl": 15, "unseen-40.jsonl": 8, "unseen-42.jsonl": 6, "unseen-43.jsonl": 17}


def score(engine, data, split):
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        cmd = [
            sys.executable, os.path.join(EVAL, "score.py"),
            "--cmd", f"{engine} scan --format jsonl",
            "--splits", split, "--no-speed", "--json-out", out.name,
        ]
        if data:
            cmd += ["--data", data]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        return json.load(open(out.name))["splits"][split]


def main():
    engine = os.path.abspath(sys.argv[1])
    failures = []

    dev = score(engine, None, "dev")
    overall = dev["overall"]
    for entity, floor in [(e, 0.98) for e in STRICT] + [(e, 0.93) for e in LOOSER]:
        r = dev["entities"][entity]["recall"]
        if r < floor:
            failures.append(f"dev {entity} recall {r:.3f} < {floor}")
    if overall["precision"] < 0.95:
        failures.append(f"dev precision {overall['precision']:.3f} < 0.95")
    if overall["fp_per_10k_words_negative"] > 2:
        failures.append(f"dev FP/10k words {overall['fp_per_10k_words_negative']:.1f} > 2")
    print(f"dev: recall {overall['recall']:.3f}, precision {overall['precision']:.3f}, "
          f"FP/10k {overall['fp_per_10k_words_negative']:.1f}")

    with tempfile.TemporaryDirectory() as d:
        subprocess.run(
            [sys.executable, os.path.join(HERE, "make_adversarial.py"), "7",
             os.path.join(d, "adversarial.jsonl")],
            check=True,
        )
        adv = score(engine, d, "adversarial")["overall"]
    if adv["recall"] < ADVERSARIAL_RECALL:
        failures.append(f"adversarial recall {adv['recall']:.3f} < {ADVERSARIAL_RECALL}")
    if adv["precision"] < ADVERSARIAL_PRECISION:
        failures.append(f"adversarial precision {adv['precision']:.3f} < {ADVERSARIAL_PRECISION}")
    print(f"adversarial copy (seed 7): recall {adv['recall']:.3f}, precision {adv['precision']:.3f}")

    sys.path.insert(0, HERE)
    from score_unseen import score as score_unseen

    for name, floor in UNSEEN.items():
        tot, miss, fps, _ = score_unseen(engine, os.path.join(HERE, "data", name))
        # (a set of negatives only has no span to recall)
        recall = 1 - sum(miss.values()) / max(1, sum(tot.values()))
        false = sum(fps.values())
        if recall < floor:
            failures.append(f"{name} recall {recall:.3f} < {floor}")
        ceiling = UNSEEN_FALSE_OF.get(name, UNSEEN_FALSE)
        if false > ceiling:
            failures.append(f"{name}: {false} findings on no span > {ceiling}")
        print(f"{name}: recall {recall:.3f}, findings on no span {false}")

    for f in failures:
        print("FAIL", f, file=sys.stderr)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
