"""The ways English negates a verb, shared by the prose readers (model/prose_variants.py) and the ingest's test of
a label naming the failing machine (ingest/other_machine.py), which may not import the model."""
from __future__ import annotations

# the ways a verb is negated, by the form of the verb after them: base ("doesn't see"), third person or past ("never
# shows", "never showed") or -ing ("stopped answering")
NEGATORS_BASE = (r"(?:does|do|did|will|would|can|could|should)(?:n't|\s+not)", r"won't", r"can't", r"cannot", r"can\s+not",
                 r"fail(?:s|ed)?\s+to", r"(?:is|are|am|was|were)\s+(?:un|not\s+)able\s+to", r"refus(?:es|ed|e)\s+to",
                 r"(?:does|do|did)(?:n't|\s+not)\s+(?:manage|want|seem)\s+to", r"never\s+(?:manages?|managed|seems?|seemed)\s+to",
                 r"(?:dont|doesnt|didnt|cant|wont|couldnt)")
NEGATORS_INFLECTED = (r"never", r"no\s+longer")
NEGATORS_ING = (r"(?:has\s+|have\s+|had\s+)?(?:stopped|stops|quit|quits|ceased|ceases)", r"(?:is|are)(?:n't|\s+not)",
                r"(?:is|are)\s+never")
