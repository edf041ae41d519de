"""Build the policykg spaCy pipeline: a blank Chinese pipeline and rule components.

The segmenter is chosen by measurement (``bench/ingest.py``): one token per
character (:class:`CharTokenizer`, spaCy's ``char`` segmentation built faster) is
the default; ``jieba`` can be chosen with POLICYKG_SEGMENTER and
keeps its dictionary cache under POLICYKG_HOME. The components match on
characters; their spans are snapped to token boundaries, so jieba's longer tokens
can move the edges of a mention (the gold is scored with ``char``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

import ingest.nlp.components  # noqa: F401 - registers the factories

COMPONENTS = (
    "policykg_notes",
    "policykg_mentions",
    "policykg_industry_matcher",
    "policykg_industries",
    "policykg_figures",
)


class CharTokenizer:
    """One token per character, whitespace included, so ``doc.text`` is the input unchanged.

    The segmentation of spaCy's ``char`` segmenter for Chinese, built about 3× faster:
    spaCy's own aligns the characters back to the text with whitespace in Python
    (``util.get_words_and_spaces``), which was a fifth of the whole extraction time.
    """

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        return Doc(self.vocab, words=list(text), spaces=[False] * len(text))


@spacy.registry.tokenizers("policykg.char_tokenizer.v1")
def create_char_tokenizer() -> Callable[[Language], CharTokenizer]:
    def create(nlp: Language) -> CharTokenizer:
        return CharTokenizer(nlp.vocab)

    return create


def build_pipeline(segmenter: str = "char", cache_dir: Path | None = None) -> Language:
    if segmenter == "jieba":
        import jieba

        if cache_dir is not None:
            cache_dir.mkdir(parents=True, exist_ok=True)
            jieba.dt.tmp_dir = str(cache_dir)
        tokenizer: dict[str, Any] = {"segmenter": "jieba"}
    else:
        tokenizer = {"@tokenizers": "policykg.char_tokenizer.v1"}
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": tokenizer}})
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=2)
def get_pipeline(segmenter: str = "char", cache_dir: str | None = None) -> Language:
    return build_pipeline(segmenter, Path(cache_dir) if cache_dir else None)


def process(nlp: Language, text: str, ctx: dict[str, Any]) -> Doc:
    """Run the pipeline on one unit's text with its context."""
    doc = nlp.make_doc(text)
    doc.user_data["policykg"] = ctx
    doc.user_data["policykg_text"] = text
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc
