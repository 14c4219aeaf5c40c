"""The pieces of the local NLU that `skill.local.resolver` puts together.

- `results`: `Resolution` and `ResolvedSlot`, what the resolver returns;
- `text`: canonical text (`normalize`), word tokens with lemmas, filler and light words;
- `templates`: the exact pass, every sample as a template of literal words and slot references;
- `gazetteer`: slot values and durations found anywhere in an utterance (longest match, lemmatised, across
  slot types);
- `repair`: restarts and repeated words ("my eye, no wait, my calf" → "my calf");
- `classifier`: intents scored by TF-IDF similarity of what is left to the model's samples.

Everything they know comes from the interaction model; the code only holds general rules of English.
"""
