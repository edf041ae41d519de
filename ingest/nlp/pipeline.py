"""Build the policykg spaCy pipeline: a blank Chinese pipeline and rule components.

The segmenter is chosen by measurement (``bench/ingest.py``): spaCy's ``char``
segmenter is the default; ``jieba`` can be chosen with POLICYKG_SEGMENTER and
keeps its dictionary cache under POLICYKG_HOME. The components match on
characters, so they give the same results with either segmenter.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import ingest.nlp.components  # noqa: F401 - registers the factories

COMPONENTS = (
    "policykg_notes",
    "policykg_mentions",
    "policykg_industry_matcher",
    "policykg_industries",
    "policykg_figures",
)


def build_pipeline(segmenter: str = "char", cache_dir: Path | None = None) -> Language:
    if segmenter == "jieba":
        import jieba

        if cache_dir is not None:
            cache_dir.mkdir(parents=True, exist_ok=True)
            jieba.dt.tmp_dir = str(cache_dir)
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": segmenter}}})
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
