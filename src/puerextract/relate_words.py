"""The relation rules' word regexes: the grammar is a template here, the words are rows of
``tag_words.tsv``.

In a template, ``{role}`` stands for the role's words as an alternation (longest first, a space
in a word matching any run of spaces) and ``{role:w}`` for the same with each Latin word whole
(not inside a longer Latin word; a Chinese word may touch anything). A role without words makes
its slot match nothing, so the rule is off rather than wrong. Closed-class grammar (articles,
auxiliaries, prepositions, the conjunctions of ``grammar``) stays in the templates.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .grammar import is_han
from .prefilter import compile_prefiltered

_I = re.IGNORECASE
#: a "+" or "plus" joining a model arm's name and its treatment's (OVX + X, the DEX plus X group)
_PLUS = r"\s*(?:\+|\bplus\b)\s*"
#: right after a name: a space and its abbreviation, if any (streptozotocin (STZ)-induced);
#: no role slot in it, so templates and plain regexes share it
ABBREVIATION_AFTER = r"[ \t\u3000]{0,2}(?:[（(][ \t]?[^（）()\s]{1,12}[ \t]?[)）][ \t\u3000]{0,2})?"

#: a dose written in a group label before 组 (80 mg/kg, 80 mg·kg~(-1)): digits, then a unit
#: that starts with a letter (one way to read a run of digits and letters)
_LABEL_DOSE = r"[\d.]+[ \t]*[A-Za-zμµ/%][A-Za-zμµ/·~()\-\d%]{0,19}?[ \t\u3000]*"

#: a change's size in Chinese results (2 倍, 26.53%, PDF text 26. 53%) and its P value, if any
_SIZE = (
    r"\d+(?:\.\s?\d+)?\s*(?:倍|%)"
    r"(?:\s*[（(][^（）()]{0,30}(?<![A-Za-z])P\s*[<>=＜＞≤≥][^（）()]{0,30}[）)])?"
)

#: a measured value written after a theme, in brackets or parentheses (雌二醇含量[(5.18±0.45)
#: μg/L] 升高, MDA 含量(3.2±0.4)nmol/mL 降低)
_VALUE_ZH = (
    r"(?:[\[［]\s*[（(]?\s*[\d.]+\s*(?:±\s*[\d.]+)?\s*[）)]?\s*[A-Za-zμ/%·\-]{0,12}\s*[\]］]"
    r"|[（(]\s*[\d.]+\s*±\s*[\d.]+\s*[）)]\s*[A-Za-zμ/%·\-]{0,12})"
)

#: after 后 closing a Chinese treatment phrase (给予 X 灌胃后): not a word it opens (后肢, 后代,
#: 后续, 后期, 后者)
NOT_AFTER_WORD_ZH = r"(?![肢代续期者])"

#: another pair of a list of ratios (the p-PI3K/PI3K and p-AKT/AKT ratios)
_MORE_PAIRS = r"\s*(?:,|and)\s*[^\s，,；;。/:()（）]{1,20}\s*[/:]\s*[^\s，,；;。/:()（）]{1,20}"

#: name -> (template, flags)
#: a word naming treated animals or cells (in obese mice treated with X), no negation or
#: comparison (in rats not treated with X, in controls than those treated with X)
_GROUP_WORD = r"(?!(?:not|never|than|versus|vs|compared|without)\b)[\w\-.]+"

TEMPLATES: dict[str, tuple[str, int]] = {
    # relate.py
    # a phrase standing for the pathway or compound named before (该通路, this compound)
    "anaphor": (r"(?P<p>{anaphor_pathway})|(?P<c>{anaphor_compound})", _I),
    # between a theme and a trigger after it: "X 的表达水平显著上调", "MDA 降低"
    "theme_gap": (
        # the theme's abbreviation or members in brackets (谷丙转氨酶(ALT)显著降低, 转氨酶(ALT、AST)
        # 活性降低); an unnamed item closing the list before 的 (TRACP-5b、Cath-K 的蛋白表达增高)
        r"^(?:\s*[（(][^（）()\n]{1,30}[）)])?(?:\s*(?:[和及与、]|以及)\s*[^\s\d，,；;。、（(）)的]{1,8}?(?=\s*的))?"
        r"\s*(?:的)?\s*(?:、?\s*{molecule_word_zh})?\s*(?:的)?\s*(?:{level_noun_zh}|{theme_noun_zh})*\s*"
        r"(?:" + _VALUE_ZH + r"\s*)?"
        # an unnamed item closing the list (ALP 活性和矿化结节面积增加)
        r"(?:(?:[和及与、]|以及)\s*[^\s\d，,；;。、（(）)]{1,8}?\s*)?"
        r"(?:(?:较|比)\s*[^，,；;。\s]{1,10}?\s*组\s*)?"  # the reference group (较模型组明显升高)
        r"(?:{result_adverb_zh})*\s*"
        r"(?:由\s*[^，,；;。\n]{1,40}?)?$",  # the value it fell from (由 6.8 U/L 降至 4.1 U/L)
        0,
    ),
    # the same in English: "ALP and OCN (expression) were (significantly) up-regulated"
    "theme_gap_en": (
        r"^(?:\s+(?:{measure_word:w}|mRNA|proteins?|genes?))*"
        # an unnamed last item (ALP activity and nodule area)
        r"(?:,?\s+and\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)?"
        r"\s+(?:(?:was|were|is|are)\s+)?"
        r"(?:(?:also|both|all|then|\w+ly)\s+)*$",
        _I,
    ),
    # after an English trigger whose themes stand before it: an adverb (decreased
    # significantly), its size or nothing
    "after_theme_trigger_en": (
        r"^(?:\s+\w+ly\b)?\s*(?:(?:by|to)\s+(?:about\s+)?[\d.]+(?:\s*(?:%|-?fold)?(?:,|\s+and|\s+or)\s+[\d.]+)*"
        r"\s*(?:%|-?fold|times)"
        r"(?:\s+(?:of|that\s+of)\s+[^,;.()]{0,30}?)?)?\s*(?:\([^()]{0,40}\))?"
        # the reference group (… decreased in comparison to the model group)
        r"(?:\s*,?\s*(?:{compare_before:w})\s+(?:that\s+(?:in|of)\s+)?(?:the\s+)?[^,;.()]{0,40}?"
        r"\bgroups?)?\s*(?:\([^()]{0,40}\))?\s*(?:[,;.]|$)",
        _I,
    ),
    # between two themes of one trigger: a measure noun, a conjunction and the tissue of the
    # next (IL-6 水平及软骨 MMP-3 表达均降低)
    "theme_list_gap": (
        # (的 may open the measure words: CTGF 的 mRNA 表达水平和 Col-1 蛋白表达水平; an
        # abbreviation in parentheses may close an item: 总胆固醇(TC)、甘油三酯(TG))
        r"\s*(?:[（(]\s*[A-Za-z][\w\-/.]{0,11}\s*[）)])?\s*的?\s*(?:(?:{molecule_word_zh}|{level_noun_zh}|{theme_noun_zh})\s*)*"
        r"(?:" + _VALUE_ZH + r"\s*)?(?:[、和及与]|以及)\s*"
        # an organ index or a score between two themes is no name (IL-1β 水平、肺指数、MDA 水平)
        r"(?:[\u4e00-\u9fff]{1,4}(?:{index_word_zh})\s*(?:[、和及与]|以及)\s*)*"
        r"(?:{tissue_word_zh})?\s*(?:(?:{state_word_en:w})\s+)?",  # Bax、cleaved caspase-3
        _I,
    ),
    # the same in English: measure words, then a list mark (the ROS content and MDA level, the
    # SOD levels and Nrf2 protein levels were increased)
    "theme_list_gap_en": (
        r"\s*(?:(?:{measure_word:w}|proteins?)\s*)*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?",
        _I,
    ),
    # after a trigger whose themes stand before it (起到重要作用, 升高约 2 倍, 降至 4.1 U/L)
    "after_theme_trigger": (
        r"^\s*(?:[^，,；;。（(\s]{1,10}\s*组)?"  # the reference group of 高于/低于 (高于模型组)
        r"\s*(?:{effect_verb_zh})?\s*(?:了)?\s*(?:{effect_degree_zh})?\s*(?:的)?\s*"
        r"(?:(?:{cell_activity})?\s*(?:{effect_noun_zh})|了)?\s*(?:(?:至|到)[^，,；;。\n]{0,16}?的\s*)?"
        # its sizes, each with its P value (降低 26.53%(P<0.01)、16.74%; PDF text: 26. 53%)
        r"(?:(?:{approx_word_zh})?\s*" + _SIZE + r"(?:\s*[和、及]\s*" + _SIZE + r")*)?\s*"
        # the value it fell or rose to: 降至（4.1±0.5）U/L
        r"(?:[（(]?\s*[\d.]+(?:\s*±\s*[\d.]+)?\s*[）)]?\s*[A-Za-zμ/%·\-]{0,12}\s*)?"
        # a P value in parentheses; cut at its comma by the clause (P<0.05,P<0.01); PDF text
        # may lose the sign (P0.05)
        r"(?:[（(][^（）()]{0,30}(?<![A-Za-z])P\s*(?:[<>=＜＞≤≥]|(?=0?\.0\d))[^（）()]{0,30}(?:[）)]|$)"
        # or its test statistic, cut from the P value at their comma: (F=24.53~69.26,P<0.05)
        r"|[（(]\s*(?:F|t|Z|H|χ\s*[2²]|r)\s*[=＝]\s*[-\d.]+[^（）()，,]{0,24}(?:[）)]|$))?\s*"
        r"(?:\[[\d,\-–]+\])?\s*"
        # an aim's mechanism after it (的抑制作用及其机制; 及其 before the next trigger)
        r"(?:(?:及其|以及|及)\s*(?:[^，,；;。]{0,12}?(?:{mechanism_noun}))?)?\s*[。！？.!?]*\s*$",
        0,
    ),
    # a treatment noun written after its disease: 用于骨质疏松症的防治, 对骨质疏松具有潜在防治作用
    "nominal_treats": (
        r"^\s*(?:的|有|{effect_verb_zh})?\s*(?:{treat_modifier_zh})?\s*(?:的)?\s*"
        r"(?:{treat_modifier_zh})?\s*$",
        0,
    ),
    # after a disease model's animal, its organ before a treatment noun (对糖尿病肾病大鼠的肾脏起
    # 保护作用)
    "model_organ_zh": (r"的\s*[\u4e00-\u9fff]{1,3}?(?=\s*(?:{effect_verb_zh}))", 0),
    # "the loss of A and B was prevented (by X)": UP(X -> A, B)
    "loss_of": (r"\b(?:{loss_noun})\s+of\s+", _I),
    # a loss after a name: blocked IκB-α degradation, reduced collagen loss, 抑制 IκBα 降解
    # (not a verb or an enzyme's action: MMP-13 degradation of collagen, MMP-13 降解胶原,
    # MMP-13 的降解作用)
    "loss_after": (
        r"[ \t]*(?:(?:{loss_noun})\b(?!\s+of\b)"
        r"|的?(?:{loss_noun_zh})(?=\s*(?:[，,；;。、)）(（]|和|及|并|与|或|$)))",
        _I,
    ),
    # "the decrease of A and the increase of B were reversed by X": the subject's change nouns
    # (a loss or a gain, each before its object) and the passive of a verb undoing them
    "change_of": (
        r"(?<![A-Za-z-])(?:(?:(?P<loss>{loss_noun}|{fall_noun})|{gain_noun})s?\s+(?:of|in)\s+"
        r"(?:the\s+)?"
        # an attributive participle (the decreased SOD activity, the depleted activity of A)
        r"|(?:(?P<lossp>{loss_participle_en:w})|(?P<gainp>{gain_participle_en:w}))\s+"
        r"(?:(?:{change_measure:w})\s+of\s+(?:the\s+)?)?)"
        # a class before its members (the elevation of pro-inflammatory cytokines such as A;
        # the depleted activity of the antioxidant enzymes A, B and C)
        r"(?:(?:[A-Za-z-]+\s+){1,4}(?:{member_lead_en:w})\s+"
        r"|(?-i:[a-z][a-z-]*\s+){0,2}?(?:{class_plural_en:w})\s+)?",
        _I,
    ),
    # "a significant decrease of A was observed after treatment with X": a finding verb after
    # a subject of change nouns, the opening of that subject, and what leads to the compound
    # an existential opening change nouns (there were marked decreases in A in the X group)
    "there_were": (
        r"\bthere\s+(?:was|were)\s+(?:(?:an?|\w+ly)\s+)?(?:(?:{change_degree_en:w})\s+)?",
        _I,
    ),
    # after the objects of a change noun, their measure words (levels, expression) before
    # the group they changed in
    "measure_tail_en": (r"(?:\s+(?:{measure_word:w}))+", _I),
    # the fluid or tissue before a change noun's first object (increases in serum ALT)
    "tissue_lead_en": (r"(?:(?:{tissue_word_en:w})\s+)?", _I),
    "changes_observed": (r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:{observed_word_en:w})", _I),
    "observed_lead": (
        r"\s*(?:(?:and|but|while|whereas)\s+)?(?:(?:an?|the)\s+)?(?:(?!only\b)\w+ly\s+)?"
        r"(?:(?:{change_degree_en:w})\s+)?",
        _I,
    ),
    "observed_agent_lead": (
        r"\s+(?:(?:{agent_after_word:w})\s+(?:(?:{treatment_noun:w})\s+(?:with|of)\s+)?"
        r"(?:the\s+)?|in\s+(?:the\s+)?(?:[\w\-.]+\s+){0,2}?(?:{given_to_word:w})\s+(?:the\s+)?"
        r"|(?P<arm>in\s+(?:the\s+)?))",
        _I,
    ),
    # after a passive's "in the": a model arm's name before its treatment's (in the OVX + X
    # group, the DEX+X group)
    "arm_prefix": (r"[\w\-/]{1,15}" + _PLUS, _I),
    "arm_plus": (_PLUS, _I),
    # after a passive's "in the": the arm of the compound there (in the X-treated group)
    "arm_after": (r"[-‐–]?[\w-]*(?:\s+[a-z]+)?\s+(?:{group_word:w})", _I),
    # a lowering participle (the decreased A was reduced: a further fall, no loss undone)
    "loss_participle": (r"\b(?:{loss_participle_en:w})", _I),
    "changes_reversed": (
        r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:{rescue_participle:w})"
        r"(?:\s+(?:by|in)\s+(?:the\s+)?)?",
        _I,
    ),
    # right after a stain or assay reagent (MTT 法, 噻唑蓝（MTT）法, CCK-8 assay): no agent
    # (a name or a reagent's concentration in parentheses may stand between, not a body-weight
    # dose: 注射 STZ（35 mg/kg）法建立模型 is an injection; MTT（5 mg/mL）法 an assay)
    "assay_after": (
        r"[ \t]*(?:[（(](?![^（）()]*kg)[^（）()]{1,12}[）)])?[ \t]*-?(?:{assay_word:w})",
        _I,
    ),
    # a finite verb of an earlier clause (A was observed …, and B was reduced by X); not a
    # relative clause's (the increase of A that was caused by Y was reversed by X)
    "finite_verb_en": (
        r"(?<!\bthat\s)(?<!\bwhich\s)\b(?:was|were|is|are|{finding_verb_en:w})\b",
        _I,
    ),
    # after a change noun: its object and a finite verb of its own (… of ALP was observed), not
    # a relative clause's (the increase in A that was induced by Y)
    "own_verb_after": (
        r"\s+(?:in|of)\s+(?:(?!\b(?:that|which)\b)[^,;.()]){1,60}?\s(?:was|were|is|are)\b",
        _I,
    ),
    # the opening of such a subject: "The", "Moreover, the", "the IL-1β-induced"
    "change_subject_lead": (
        r"\s*(?:(?:and|but|while|whereas)\s+)?(?:the\s+)?(?:\w+ly\s+)?(?:\S+[-‐–](?:induced|stimulated)\s+)?",
        _I,
    ),
    # a trigger that undoes a change (restored: restored the decrease of A is a rise)
    "reverse_verb_word": (r"(?:{reverse_verb:w})", _I),
    # a neutral verb of regulation that governs a noun of change after it (affected NFATc1
    # activation: no direction)
    "neutral_verb_word": (r"(?:{neutral_verb_en:w})", _I),
    # a causative verb right after a gene and before the themes of a trigger after them
    # (IL-1β 使 p62 下降, TNF-α 可导致 MMP-13 升高)
    "causative_lead": (r"[ \t]*(?:可|能|均|亦|也|则|会|可以)?[ \t]*(?:{causative_zh})[ \t]*", 0),
    # a trigger blocking an effect (X 对 Y 有阻断作用: Y's effect)
    "effect_blocker": (r"(?:{effect_blocker_zh})", 0),
    # an undoing verb that brings a level back: it undoes losses only (restored the activation
    # of AMPK is a rise)
    "restore_verb_word": (r"(?<![A-Za-z])(?:{restore_verb:w})", _I),
    # a verb undoing a change, right before the change noun (reversed the decrease of A)
    "reverse_verb_before": (
        r"(?<![A-Za-z])(?:{reverse_verb:w})\s+(?:the\s+|its\s+|their\s+)?"
        # a change conjoined to one undone before it (reversed the decrease of A and the rise of B)
        r"(?:[A-Za-z-]+\s+(?:of|in)\s+[^,;.()]{1,60}?,?\s+and\s+(?:the\s+|its\s+)?)?"
        r"(?:\S+[-‐–](?:induced|stimulated|mediated)\s+)?$",
        _I,
    ),
    # a verb undoing a change, before "the" and a participle (restored the increased A, B and
    # the decreased C): a list of names between, no clause mark
    "reverse_adjective_before": (
        # (not after ", and the": a clause of its own, "attenuated A, and the increased B …")
        r"(?<![A-Za-z])(?:{reverse_verb:w})\s+the\s+(?:[^;.()]{1,160}?(?<!,)\s+and\s+the\s+)?$",
        _I,
    ),
    # after such a participle's themes, a verb of their own: a new clause (the increased A was)
    "adjective_own_verb": (
        r"(?:(?!\b(?:that|which|who|but)\b)[^,;.()]){0,60}?\b(?:was|were|is|are)\b",
        _I,
    ),
    # a word opening a phrase of means (attenuates bone loss through DKK1 suppression)
    "means": (r"{means_word:w}", _I),
    # "…, downregulated A and decreased B", "上调 A 并降低 B": a verb conjoined to the one before;
    # the loose form after its object's measure words: "A levels and", "B 的表达，并"
    "verb_conj": (
        r"^\s*(?:,|，)?\s*(?:{verb_conjunction}|{verb_conjunction_adjacent})\s*$",
        _I,
    ),
    # a name's measure noun before a list comma: "(RANKL/OPG ratio, ACP, TRAP)"
    "item_head": (r"\s(?:{measure_word:w}|{ratio_word:w})$", 0),
    # a blocker noun right before a comma and the blocker's name (the PI3K inhibitor, LY294002)
    "blocker_before_comma": (r"(?<![A-Za-z])(?:{blocker_noun:w})s?$", _I),
    # a Chinese verb list: the last object's measure words and 、 (or 而, 并) right before the
    # next verb (抑制 Wnt 信号过度激活、减少 MMP-3 表达; 降低 A 蛋白表达而增加 B: the next verb
    # shares the subject)
    "verb_list_zh": (r"^\s*[^，,；;。、()（）\s]{0,8}(?:、|而|并)\s*$", 0),
    "verb_conj_loose": (r"^[^，,；;。\n]{0,24}?(?:,|，)?\s*(?:{verb_conjunction})\s*$", _I),
    # X 对 Y 的<trigger>作用: between the themes and the trigger, and the effect noun after it
    # a treatment written between themes and their trigger: 在 X 处理后 / 作用下 (ALP 活性在 X
    # 作用下升高): X is the agent of the themes before 在
    "treated_inside_before_zh": (r"在\s*$", 0),
    "treated_inside_after_zh": (
        r"^\s*(?:{treatment_after_zh})\s*(?:后|下|时)\s*(?:{result_adverb_zh})*\s*$",
        0,
    ),
    # (and a cell's word and its fate: X 对 Y 细胞的增殖抑制作用, X 对 Y 细胞增殖的抑制作用)
    "dui_gap": (
        r"^\s*(?:的)?\s*(?:{level_noun_zh}|{model_noun_zh})?\s*的\s*$"
        r"|^(?=[^的]*的)\s*细胞?\s*的?\s*(?:{cell_fate_after})?\s*的?\s*$",
        0,
    ),
    # (a cell fate may stand between: X 对 Y 细胞的抑制增殖作用)
    "effect_noun": (r"\s*(?:(?:{cell_fate_after})\s*)?(?:{effect_noun_zh})", 0),
    # after a trigger, an effect as its object: 阻断 X 对 Y 的上调作用
    "effect_object": (
        r"[^，,；;。\n]{0,40}?对[^，,；;。\n]{1,60}?的\s*[^，,；;。\s]{0,4}?(?:{effect_noun_zh})",
        0,
    ),
    # "X 的（上述）保护作用", "X 的促成骨作用": the effect of compound X is named, X is no target
    "effect_after": (r"\s*的?[^，,；;。\n]{0,8}?(?:{effect_noun_zh})", 0),
    # an effect verb (and an adverb) right before a trigger: "X 具有降低 Y 的作用", "X 仅表现出
    # 提升 Y 作用": the effect noun right after Y closes the verb phrase, it is no effect of Y
    # (not "具有增强顺铂的抗肿瘤作用": Y's own effect)
    "effect_verb_before": (r"(?:{effect_verb_zh})\s*$", 0),
    "effect_right_after": (r"\s*的?\s*(?:{effect_noun_zh})", 0),
    # "osteoblasts isolated from neonatal rats", "取自 SD 大鼠": the source of a treated system
    "source_before": (
        r"(?:\b(?:{source_participle})\s+)?\bfrom\s+(?:[\w-]+\s+){0,3}$|(?:{source_word_zh})\s*$",
        _I,
    ),
    # a member of a ratio (LC3-Ⅱ/LC3-Ⅰ 比值, the OPG/RANKL ratio) and the mediator of a named
    # process (SIRT1 介导的自噬, SIRT1-mediated autophagy) are not what the trigger changes
    # (a member may hold a slash itself: the p-ERK1/2/ERK1/2 ratio; more pairs may follow:
    # the p-PI3K/PI3K and p-AKT/AKT ratios)
    "ratio_after": (
        rf"{ABBREVIATION_AFTER}(?:\s*[/:]\s*[^\s，,；;。()（）]{{1,20}}?{ABBREVIATION_AFTER}"
        rf"(?:(?:{_MORE_PAIRS})+\s*(?:{{ratio_word}})s\b|\s*(?:{{ratio_word}}))"
        r"|\s*(?:{ratio_word}))",
        _I,
    ),
    # a ratio's second member: right after a slash (Bax/|Bcl-2, Bax / |Bcl-2) or a colon with
    # no space (Bax:|Bcl-2, not "Results: A"),
    # then the pairs after it up to the plural ratio word (the p-PI3K/PI3K and p-AKT/AKT ratios)
    "ratio_member_before": (r"(?:[^\s/:]\s*/\s*|[^\s/:]:)$", 0),
    "ratio_pairs_after": (rf"(?:{_MORE_PAIRS})+\s*(?:{{ratio_word}})s\b", _I),
    # the members of "the ratio of bax:bcl-2", "the ratio of OPG to RANKL"
    "ratio_before": (
        r"\b(?:{ratio_word})\s+(?:of|between)\s+(?:the\s+)?"
        r"(?:[^\s，,；;。:/()（）]{1,20}\s*(?:[:/]|to|and)\s*)?$",
        _I,
    ),
    "mediator_after": (r"\s*(?:{mediator_word})", _I),
    # a cell noun right after a disease: the disease names the cells (NSCLC cells, 胃癌细胞)
    # (not a model of cells, a word 细胞 begins, or cells derived from the disease:
    # 骨关节炎细胞模型, 细胞外基质, 细胞因子, cancer cell-derived)
    "cell_noun_after": (
        r"\s*(?:{cell_line_cue_after})(?![A-Za-z])"
        r"(?!\s*(?:模型|外|因子|学|(?:及|和)(?:分子|动物)|自噬|models?\b|-derived))",
        _I,
    ),
    # a compound written as the injury of a model (H2O2 损伤 BMSCs, H2O2-damaged cells)
    "damage_after": (r"\s*(?:所)?(?:{damage_word})", 0),
    # protection of a cell counts as its survival (protects chondrocytes, 保护成骨细胞)
    "protect": (r"^(?:{protect_stem})", _I),
    # a gene knocked down, silenced or knocked out (knockdown of Nrf2, SIRT1 siRNA, 敲低 Nrf2):
    # what follows is the loss's effect, not the gene's: no agent
    "silenced_before": (r"(?:{loss_of_function_before})\s*(?:of\s+(?:the\s+)?)?$", _I),
    "silenced_after": (r"\s*-?\s*(?:{loss_of_function_after})", _I),
    # a regulation word before a dose noun is an adjective (increasing concentrations of X)
    "dose_after": (r"\s+(?:{dose_noun_en})(?![\w\-])", _I),
    # trigger hits that do not count (relate._sentence_hits):
    # an inducer word that counts only between two names (顺铂致急性肾损伤)
    "bound_modifier_zh": (r"(?:{bound_modifier_zh})", 0),
    # a healthy baseline right after a comparing trigger (低于假手术组, lower than the sham group)
    "healthy_after": (
        r"\s*(?:than\s+)?(?:(?:that|those)\s+(?:of|in)\s+|in\s+)?(?:the\s+)?(?:{healthy_group_word})",
        _I,
    ),
    # a trigger word that counts only before a disease (improved myocardial fibrosis)
    "disease_object_trigger": (r"(?:{disease_object_trigger})", _I),
    # a dose-response frame opening a sentence: its compound is the agent of the changes after
    # it (随着 X 浓度的增加，A 下降; with increasing concentrations of X, A decreased)
    "dose_frame_before": (
        r"^\s*(?:随着|with\s+(?:the\s+)?(?:increas(?:ing|ed)|higher)\s+(?:{dose_noun_en})\s+of)"
        r"\s*(?:the\s+)?$",
        _I,
    ),
    # between the tested compound and a verb raising a cell's death: modals and adverbs only
    # (X 可显著诱导 …, X could dose-dependently induce …)
    "kill_gap": (
        r"\s*(?:(?:{result_adverb_zh}|can|could|may|might|also|further|[\w\-]+ly)\s*)*",
        _I,
    ),
    # right after that verb, a negation of the death (caused no or little apoptosis)
    "kill_negated": (r"\s*(?:no|not|little|hardly)\b", _I),
    # a kill verb as a whole trigger word (诱导, induced): with the tested compound and a
    # death after the cells, the cell-sparing rule reads it (DOWN), no exposure
    "kill_word": (r"(?:{kill_verb})", _I),
    # a death word right after a cell (its cell word, 的 or 发生 between)
    "death_after_cell": (r"(?:\s*(?:cells?|细胞))?\s*(?:的|发生)?\s*(?:{death_word:w})", _I),
    # a disease's treatment noun after it, "for" or "in" before it (used for osteoporosis
    # treatment, effects in stroke prevention)
    "treat_noun_after_en": (r"\s+(?:{treat_noun_en:w})\b", _I),
    "treat_noun_before_en": (r"\b(?:for|in)\s+(?:the\s+)?$", _I),
    "negation_between_en": (r"{negation_en:w}(?!\s+(?:{negation_en_not_after:w}))", _I),
    # between a compound and "for/in <disease> treatment": a word of its use (used, agent)
    "use_between_en": (r"{use_word_en:w}", _I),
    # or before it, with "of" (application of X in OA therapy)
    "use_of_en": (r"\b(?:{use_word_en:w})\s+of\s+(?:the\s+)?$", _I),
    # right before a compound: a contrast, the compound is not the one used (unlike estrogen)
    "contrast_before_en": (r"\b(?:{contrast_word_en:w})\s*$", _I),
    # right after a disease, the damage it causes (减轻心肌梗死引起的心肌细胞凋亡: TREATS)
    "cause_after_zh": (r"\s*所?(?:{cause_word_zh})的?", 0),
    # a verb of having an effect: a title with it states a finding (X 对 Y 具有保护作用)
    "effect_verb": (r"(?:{effect_verb_zh})", 0),
    # right after a disease, the patients who have it (骨质疏松患者)
    "patient_after_zh": (r"\s*(?:{patient_word_zh})", 0),
    # right after an agent, its absence (after X withdrawal): no agent
    "absence_after": (r"\s*(?:{absence_word:w})", _I),
    # a pronoun for the system right before a giving word: 对其进行干预 (其: the animals or cells
    # named before in the sentence)
    "system_anaphor": (r"对\s*其\s*(?:进行)?\s*$", 0),
    # a rising dose after the compound (随着 X 给药浓度的增加; not 浓度的降低)
    "dose_frame_after_zh": (
        r"\s*(?:{treatment_after_zh})?\s*(?:{dose_noun_zh})\s*的?\s*(?:{rise_word_zh})",
        0,
    ),
    # a target denied as a conjunct: "ERK but not the p38 pathway", "A rather than B", "而非 B"
    "denied_conjunct": (r"(?:{negated_conjunct:w})\s*(?:the\s+|in\s+(?:the\s+)?)?$", _I),
    # between a plant and the compound it is the source of: 葛根中的葛根素, 杜仲所含的 X,
    # 从杜仲中提取的 X, Epimedium-derived icariin, Ginseng saponin Rb1
    "plant_source_gap": (r"(?:\s*(?:{plant_source_word})\s*|-derived\s+|\s*)", _I),
    # a background gap statement after a trigger: the effect is not known, no finding
    # ("the ability of X to ameliorate OA has not been determined", X 的作用尚不清楚)
    "gap_statement": (
        r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:fully\s+|well\s+)?(?:{gap_participle:w})"
        r"|\b(?:remains?|is|are)\s+(?:still\s+|largely\s+)?(?:{gap_adjective:w})|(?:{gap_zh})",
        _I,
    ),
    "mechanism_before_gap": (r"(?:{mechanism_noun:w})", _I),
    "qualified_gene": (r"(?:{qualified_gene})", _I),
    # between a treated group's compound and the verb: its dose words, the group word, an
    # auxiliary and an adverb (ALP activity in the X high dose group was markedly increased)
    "label_to_verb": (
        r"(?:\s+(?:{dose_level_en:w})[\s-]+dose)?\s+(?:{group_word:w})(?:\s+(?:was|were))?"
        r"(?:\s+(?:{result_adverb_en:w}))?\s+",
        _I,
    ),
    # relate_stimuli.py
    # a compound reversing the stimulus's changes named before: "…, all of which were reversed
    # by X", "X 可逆转上述变化", "X reversed these changes"
    "reversal_anaphor": (
        r"(?P<by>\b(?:all\s+of\s+which|which|these\s+changes)\s+(?:were|was)\s+(?:\w+ly\s+)?"
        r"(?:{reverse_verb:w})\s+by\s+(?:the\s+)?)"
        r"|(?:{reverse_verb:w})\s*了?\s*(?:上述|以上|这些|these)\s*(?:{change_summary_word:w})",
        _I,
    ),
    # a name written as the model's stimulus (IL-1β-stimulated,
    # H2O2 损伤, impaired by high glucose; X-induced and X 诱导的 with a harm after them)
    "stimulus_after": (ABBREVIATION_AFTER + r"[ \t]?(?:{stimulus_word}|{damage_word})", _I),
    # between an inducer and its modifier word: a space, its abbreviation, a carrier noun
    # (streptozotocin (STZ)-induced, titanium particle-induced)
    "modifier_gap": (
        "^" + ABBREVIATION_AFTER + r"(?:[ \t]+(?:{inducer_carrier_en}))?[ \t]?$",
        _I,
    ),
    # (a carrier noun may stand between: titanium particle-induced osteolysis)
    "inducer_after": (
        ABBREVIATION_AFTER + r"(?:[ \t]+(?:{inducer_carrier_en}))?[ \t]?(?:{inducer_word})",
        _I,
    ),
    # the model an English inducer word names, then the system it is made in (X-induced
    # myocardial necrosis in rats): up to four words, none a verb form in -ed or -s, nor an
    # adverb (not "X-induced apoptosis occurs mainly in Y": the result's place)
    "induced_model_in": (
        r"[ \t]+(?:[A-Za-z][A-Za-z-]*(?<!ed)(?<!ly)(?<!rs)[ \t]+){1,4}?in[ \t]+(?:the[ \t]+)?",
        0,
    ),
    # an inducer word after which the cells suffice (LPS-stimulated RAW264.7 cells)
    "stimulator": (ABBREVIATION_AFTER + r"[ \t]?(?:{stimulator_word})", _I),
    # 以 X 刺激 (诱导) Y: X, with its dose before it, or its abbreviation and dose in brackets
    # after it, stimulates the model (以 10 ng/mL IL-1β 刺激软骨细胞)
    "stimulus_by_zh": (r"以[ \t]*(?:\d[\d.]*[ \t]*[A-Za-zμ]+/[A-Za-z]+[ \t]*)?$", 0),
    "stimulus_verb_after_zh": (
        r"[ \t]*(?:[，,][^（）()，,]{1,20}[)）]|[（(][^（）()]{1,30}[)）])?[ \t]*"
        r"(?:{stimulus_verb_zh})",
        0,
    ),
    "stimulus_before": (r"(?:{stimulus_before_word:w})\s+(?:the\s+)?(?:[a-z]+\s+)?$", _I),
    "inducer_before": (r"(?:{inducer_before_word:w})\s+(?:the\s+)?(?:[a-z]+\s+)?$", _I),
    "harm": (r"(?:{death_word:w}|{harm_word:w})", _I),
    # relate_aims.py
    # between an aim's compound and 对 once mentions and parentheses are removed
    "aim_gap": (
        r"^(?:\s|、|和|及|与|或|以及|的|{aim_gap_zh}|[\d.～~\-–、]+)*$",
        0,
    ),
    # the aim noun after the system: 的影响, 的保护作用, 的调节效应, 的实验研究 (a title's study)
    "aim_noun": (
        r"的[\u4e00-\u9fff]{0,4}?(?:{aim_noun_zh}|(?:{aim_study_noun_zh})(?=[\s。.；;]|$))",
        0,
    ),
    # a noun-phrase title's last words without 的 (X 对 Y 细胞损伤保护作用及其机制)
    "title_aim_end": (
        r"(?:{aim_noun_zh})(?:及其?(?:作用)?(?:机制|机理))?(?:的?(?:研究|观察|探讨))?[\s。.]*$",
        0,
    ),
    "aim_end": (r"(?:的|中的)?(?:{aim_noun_zh}|{aim_end_zh})", 0),
    # a sentence opening on its result or conclusion label (结果：, 结论:): a finding, no aim
    "finding_label_zh": (r"\s*[\[【〔]?\s*(?:结果|结论)\s*[\]】〕]?\s*[:：]?", 0),
    "aim_verb": (r"(?:{aim_verb_zh})(?!组)", 0),
    # an aim's noun named by its kind of effect (X 对 Y 的防治作用, 的保护作用): no finding
    "aim_kind_noun": (r"的[^\s\W的及和与或、]{1,4}?(?<!副)(?:{aim_noun_zh})", 0),
    # an English aim's opening: "to investigate", "this study evaluates"
    # (to investigate; this study evaluates / we evaluated the …; … were examined: the passive's
    # aim is the sentence before it)
    "en_aim_opening": (
        r"\bto\s+(?:{aim_verb_en})\b|\b(?:{aim_verb_en})(?:s|es|d|ed)?(?=\s+(?:the|whether)\b)",
        _I,
    ),
    "en_aim_passive": (r"\b(?:was|were)\s+(?:{aim_verb_en})(?:d|ed)\b", _I),
    "en_aim_infinitive": (r"\bto\s+(?:{aim_verb_en})\b", _I),
    # a trigger form used as a noun (Nrf2 and its downstream targets, HO-1 and NQO1; NLRP3 及其
    # 下游靶向因子 IL-1β)
    "noun_form_trigger": (r"(?:{noun_form_trigger_en:w})|(?:{noun_form_trigger_zh})", _I),
    "noun_lead": (r"(?:\b(?:{noun_lead_en:w})\s+|(?:{noun_lead_zh})\s*)$", _I),
    # a mechanism between a compound and 对 (X 调控 PI3K/Akt 信号通路对 Y 的影响)
    "aim_mechanism": (r"^\s*(?:{mechanism_verb_zh})\s*$", 0),
    # an English aim: "the effect(s)/role of X on/in Y"
    # an English noun of change (the increase of Y) besides the -ion nouns: under a verb, its
    # object is the verb's, the directions composed
    "change_noun_en": (r"(?:{change_noun_en:w})s?$", _I),
    # a passive with the group or cells given the agent after it (… in osteoblasts cultured with X)
    # after a result, a conjoined result closed by the group both were seen in (A were
    # elevated and those of B were reduced in the X group): the group is A's too
    "conjoined_result_in_en": (
        r"\s*,?\s+(?:{clause_conjunction:w})\s+[^,，;；。().]{1,80}?\b(?:was|were)\s+"
        r"(?:\w+ly\s+)?\w+\s+in\s+(?:the\s+)?",
        _I,
    ),
    # between two compounds given together after a giving word: doses and a conjunction
    # ("A at 10 μM and B", "A alone or together with B", "A 与 B"): each is given
    # a class noun naming a kind of protein with a trigger inside (抗炎因子 IL-10): no hit there
    "class_noun": (r"(?:{class_noun_zh})", 0),
    "given_gap": (
        r"(?:\s|[\d.,、～~\-–μµ/]|mol|mg|kg|mL|ml|nM|μM|uM|mM|L|at)*"
        r"(?:,?\s*(?:alone\s+)?(?:and|or|plus)(?:\s+(?:{combination_word:w}))?"
        r"|,?\s*(?:{combination_word:w})|[、和与及或]|,)\s*(?:the\s+)?",
        _I,
    ),
    # between two Chinese arms conjoined before their trigger, the next one's dose level
    # with it (氟西汀和高剂量 X 组 …均下降; X 组与 Y 组)
    "arm_conj_zh": (r"\s*(?:组\s*)?[与和及、]\s*(?:(?:{dose_level:w})\s*){0,3}", 0),
    # between two compounds given together as one subject (A 联合 B 能抑制 …, A in combination
    # with B reduced …)
    "combination_gap": (r"\s*(?:{combination_word:w})\s*", _I),
    "baseline_gap": (r"\s*(?:{combination_word:w}|\+|plus\b)\s*", _I),
    # a compound named as the comparison's baseline: 与单用 X 比较, compared with X alone
    "baseline_before": (
        r"(?:与|\bcompared\s+(?:with|to)\s+(?:the\s+)?)\s*(?:单用|单独|单纯)?\s*$",
        _I,
    ),
    "baseline_after": (r"\s*(?:单用)?\s*组?\s*(?:比较|相比|对比)|\s+(?:alone|group)\b", _I),
    "in_group_given": (
        rf"\s+in\s+(?:the\s+)?(?:{{group_word:w}}|(?:{_GROUP_WORD}\s+){{0,2}}{_GROUP_WORD}"
        r"(?:\s+cells)?)\s+"
        r"(?:{given_to_word:w})\s+"
        r"(?:the\s+)?",
        _I,
    ),
    # an animal an aim's cells come from: after it (去势大鼠分离培养的成骨细胞) or before it
    # (osteoblasts isolated from OVX rats)
    "cell_source_after": (r"\s*(?:{cell_source_zh})的?\s*", 0),
    "cell_source_before": (r"(?:{cell_source_en:w})\s+from\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}$", _I),
    # between a dose's owner and its parenthesis: the owner's group word (RANKL 组（50 ng/mL）)
    "owner_gap": (r"[ \t\u3000]*(?:{group_word:w})?[ \t\u3000]*", _I),
    "group_before": (r"{group_word:w}", _I),
    # after a trigger inside the object of an aim's 对, the words up to its aim noun (X 对 H2O2
    # 诱导|损伤后的 Y 细胞存活率的影响)
    "dui_object_end": (r"[^，,；;。\n]{2,40}?的\s*(?:{aim_noun_zh})", 0),
    # after conjoined agents, their combination as one more arm (A, B and their combination
    # reduced …): every agent conjoined gets the relation
    "combination_tail": (r",?\s+(?:and|or)\s+(?:their|the|its)\s+combinations?\b", _I),
    # a name that opens a clause of its own after a trigger's objects: a modal or an adverb
    # and a verb after it (and icariin could rescue …), a conjunction before it
    "new_subject_en": (
        r"\s+(?:could|can|may|might|would|will|should|did|does|also|further|then)\s+"
        r"(?:\w+ly\s+)?[a-z]+",
        _I,
    ),
    # right before a name: the words that make it the inducer of what stands before (the
    # matrix degradation caused by IL-1β): no object of the trigger before
    "inducer_by_en": (r"(?:{inducer_before_word:w})\s+(?:the\s+)?$", _I),
    "conjunction_before_en": (r"(?:,|\band|\bbut|\bwhile|\bwhereas)\s+(?:the\s+)?$", _I),
    # between an English trigger and the first name after it: an adverb, a clause conjunction
    # and a few words (increased significantly and the protein expression of B): B opens the
    # next result
    "new_conjunct_en": (
        r"^\s*(?:[a-z]+ly\s+)?,?\s*(?:{clause_conjunction:w})\s+(?:the\s+)?"
        r"(?:[a-z\-]+\s+){0,3}(?:of|in)\s+(?:the\s+)?(?:[a-z]+-)?$",
        _I,
    ),
    # a copula between a trigger and a name after it (A 增加可能是 X 减轻 D 的机制), and one right
    # before a name (its new subject)
    "copula_zh": (r"(?:{copula_zh})", 0),
    "copula_end_zh": (r"(?:{copula_zh})[ \t]*$", 0),
    # agents conjoined before 对 share the relation (A 和 B 对 D 均有保护作用); no clause mark
    # between 对 and the trigger
    "dui_after_agents": (r"[ \t]*(?:{shared_adverb_zh})?[ \t]*对(?![^，,；;。]*[，,；;。])", 0),
    # a comma or a verb conjunction between two verbs of one subject (抑制…且诱导…)
    "verb_conj_within": (r"[，,]|(?:{verb_conjunction:w})", _I),
    # a Chinese giving phrase ending on 后 (给予大鼠 X 灌胃 8 周后，…; 给予 X 后 Y 下降): X the
    # subject after it (not 后肢, 后代, 后续, 后期, 后者)
    "giving_frame_zh": (
        r"^[^，,；;。]{0,12}?(?:{giving_word_zh})(?P<rest>[^，,；;。]{1,40}?)(?:之后|后)"
        + NOT_AFTER_WORD_ZH,
        0,
    ),
    # from a Chinese group label's name to its 组, over dose levels and their list (葛根素|治疗组,
    # 芦丁|高剂量组, 芦丁|中、高剂量组)
    "label_tail_zh": (
        r"[ \t\u3000]*(?:[（(][^（）()]{1,40}[)）][ \t\u3000]*)?"  # X(120 mg/kg)治疗组: its dose
        # doses, one group each (X 80 mg/kg组、160 mg/kg组大鼠), or dose levels (高、中、低剂量组)
        r"(?:" + _LABEL_DOSE + r"组[ \t\u3000]*(?:[、,，]|和|及|与)[ \t\u3000]*)*"
        r"(?:(?:{dose_level:w})[ \t\u3000]*(?:(?:[、,，]|和|及|与)[ \t\u3000]*)?)*"
        r"(?:" + _LABEL_DOSE + r")?(?<![、,，和及与])组",
        0,
    ),
    # a dose in a group label's parentheses (丙基硫氧嘧啶(23.43 mg/kg)组): from the dose to the
    # group word; and what may stand between the label's compound and its parenthesis (X 高、低
    # 剂量(39.4、19.7 g/kg)组)
    "label_paren_tail": (
        r"(?:[^（）()]{0,12}[）)]|[^\[\]]{0,12}\])[ \t\u3000]*(?:{control_label})?[ \t\u3000]*"
        r"(?:{group_word:w})",
        _I,
    ),
    # a label made of dose levels only, after a list mark (、中剂量[10 mg/kg]组)
    "level_item": (r"(?:[、,，]|和|及|与)[ \t]*(?:{dose_level:w})+[ \t]*$", _I),
    "label_levels": (r"(?:[\s、,，和及与]|{dose_level:w}|{control_label})*", _I),
    # a dose in parentheses after a dose level, and the levels after it up to the compound
    # (low-dose (5 mg/kg) and high-dose (10 mg/kg) X)
    "dose_level_open": (r"(?:{dose_level:w})(?:[\s-]+doses?)?\s*[（(][^（）()]{0,12}$", _I),
    "dose_level_tail": (
        r"[^（）()]{0,12}[）)](?:\s*(?:,|and|or|、|和|及)?\s*(?:{dose_level:w})(?:[\s-]+doses?)?"
        r"\s*[（(][^（）()]{1,30}[）)])*\s*",
        _I,
    ),
    # an arm's compound in its group's parentheses (阳性药组（阿仑膦酸钠 1 mg/kg）); from a group
    # label's compound to the compound in its parentheses (PDTC 组（吡咯烷二硫代氨基甲酸盐, …）)
    "group_paren": (r"(?:{group_word:w})\s*[（(][^（）()]{0,12}$", _I),
    "label_to_content": (r"[^（）()，,、；;]{0,8}(?:{group_word:w})\s*[（(][^（）()]{0,12}", _I),
    # a coded arm's label after a list mark (，EZW-L组、EZW-M组分别予以 6、9 g/kg): its dose is
    # no earlier compound's
    "coded_arm": (r"[，,、;；]\s*(?P<label>[A-Za-z][A-Za-z0-9\-+/]*)\s*组", 0),
    # a part of such a label that makes it no coded arm: a dose code or a model or control
    # group's name (PUE-L with PUE a mention, OVX组, Sham组)
    "open_arm_part": (r"(?:{dose_code}|{model_word}|{control_label})", _I),
    # between a quantity and the compound it is the amount of: 10 μmol/L 的 X, 不同浓度
    # (10、20 μmol/L)X, 20 mg/kg (body weight) of X
    "quantity_of": (
        r"[\s的]{0,3}|\s*[)）]\s*|(?:\s+(?:body\s+)?(?:weight|mass|bw|b\.w\.))?\s+of\s+(?:the\s+)?"
        # 以 30 mg/kg 的剂量灌胃 X: the dose of the compound the route verb gives
        r"|\s*的?\s*(?:{dose_noun_zh})?\s*(?:{dosed_verb_zh})\s*",
        _I,
    ),
    # a class word may name the compound first: the effect of the phytoestrogen X on Y; a
    # treating effect before the noun (the therapeutic effects of X on Y) also treats diseases
    "en_aim": (
        r"\b(?:(?P<treat>(?:{treat_effect_en:w})\s+)?(?:{aim_noun_en:w})"
        # an activity only after a drug's effect (anti-inflammatory, pro-angiogenic,
        # neuroprotective activity of X): the scavenging activity of GSH is measured, no aim
        r"|(?:anti-?[a-z][a-z\-]*|pro-[a-z][a-z\-]*|[a-z]*(?:{treat_effect_en}))\s+"
        r"(?:{aim_activity_en:w}))\s+of\s+(?:the\s+|an?\s+)?"
        # (the plant isoflavones, X and Y, on …; a herbal formula, X, in …: the class word set
        # off by a comma)
        r"(?P<cls>(?:(?:plant|natural|dietary|herbal)\s+)?(?:{compound_class_word})(?:s|,|s,)?\s+)?",
        _I,
    ),
    # right after a compound: it has a treating effect on what follows (X exerts protective and
    # anti-arthritic effects on D; X showed therapeutic effects against D)
    "effect_finding_en": (
        r"\s*(?:[（(][^（）()]{0,40}[）)]\s*)?\s+(?:{effect_verb_en:w})\s+"
        r"(?:(?:a|an|the|its|their|significant|potent|strong|marked|notable)\s+)*"
        r"(?:(?:{treat_effect_en:w}|anti-[a-z][a-z\-]*)(?:\s*,?\s*(?:and\s+)?)?){1,4}?"
        r"\s*(?:effects?|properties|activity|activities|roles?)\s+(?:on|against)\s+",
        _I,
    ),
    # a Chinese treatment frame after its compound: 经 X（剂量）作用 24 h 后
    "jing_frame_after_zh": (
        r"\s*(?:[（(][^（）()]{0,40}[）)])?\s*(?:{frame_verb_zh})\s*"
        r"(?:[\d.、，,~～\-–\s]+(?:h|d|min|小时|天|周)\s*)?之?后",
        0,
    ),
    # a group of animals or cells named by its treatment: Y with (dose) X treatment
    "with_treatment_before_en": (
        r"\s+with\s+(?:(?:a\s+)?[\d.]+\s*(?:mg|g|μg|µg|ug|mM|μM|µM|nM)\S*\s+)?$",
        _I,
    ),
    # a giving noun and "of" before the system it gives to (exposure of PC12 cells to X)
    # (the response of BMSCs to X: the system's response to what it is given)
    "giving_noun_of": (
        r"\b(?:{treatment_noun:w}|{response_noun_en:w})\s+of\s+(?:the\s+|these\s+|those\s+)?",
        _I,
    ),
    # right before a compound: a treatment noun whose object it is (treatment with X or Y …)
    "treatment_noun_before": (r"\b(?:{treatment_noun:w})\s+(?:with|of)\s+(?:the\s+)?$", _I),
    # the treated cells named again (pretreatment of the cells with X)
    "cells_anaphor_en": (r"(?:cells?|cultures?)\b", _I),
    # between the system and the compound given to it, a dose allowed (to 50 μM H2O2)
    "giving_to_with": (
        r"(?:\s+cells?)?\s+(?:to|with)\s+(?:the\s+|an?\s+)?"
        r"(?:[\d.]+(?:\s*(?:-|–|to|and|,)\s*[\d.]+)*\s*\S+\s+(?:of\s+)?)?",
        _I,
    ),
    # (not an incubation: stains and probes are incubated, as 孵育 is no 经-frame verb)
    "with_treatment_after_en": (r"\s+(?!incubation\b)(?:{treatment_noun:w})\b", _I),
    # a contrast closing an effect's objects (… effects on D but cause E)
    "contrast_en": (r"\b(?:but|whereas|while|although)\b", _I),
    # before a compound in its sentence: the effect after it is asked, hypothesised or
    # unknown, not found (whether X has …; Does X have …?; we hypothesized that X …)
    "effect_asked_en": (
        r"(?:{question_word:w}|\bhypothesi[sz]e[ds]?\b|\bhow\b|\bif\b|^\s*(?:does|do|did)\b)",
        _I | re.MULTILINE,
    ),
    # after an aim's compound, what comes before "on/in": its abbreviation, an apposition, a
    # treatment noun (the effects of X stimulation on Y)
    "en_on": (
        # an apposition closed by a comma, or running into "on" (X, the main component of Y on Z)
        r"\s*(?:[（(][^（）()]{0,60}[）)]\s*)?"
        r"(?:,\s*(?:a|an|the|one\s+of|isolated|extracted|derived|purified)\s[^,;]{1,120}?"
        r"(?:,\s*|\s+(?=on\s)))?"
        r"(?:,\s+(?=(?:on|in)\s))?"  # the run set off by commas (the isoflavones, X and Y, on …)
        r"(?:(?:{treatment_noun:w})\s+)?"
        # what the aim says X does (the ability of X to raise A and B was examined in Y)
        r"(?:\s+to\s+[^;.]{1,160}?\s+(?=(?:was|were)\s))?"
        # the aim's mechanism after it (the effect of X and its underlying mechanisms in Y)
        r"(?:\s*and\s+(?:the|its|their)\s+(?:underlying\s+)?(?:molecular\s+)?"
        r"(?:{mechanism_noun:w})\s+(?=in\s))?"
        # a passive aim: the effect of X was (also) studied (in vitro) in Y
        r"(?:(?:was|were)\s+(?:also\s+)?(?:(?:{aim_verb_en})(?:d|ed)|studied)\s+"
        r"(?:in\s+(?:vitro|vivo)\s+)?)?(?:on|in|against)\s",
        _I,
    ),
    "en_aim_before": (r"\b(?:{aim_noun_en:w})\s+of\s*$", _I),
    # an aim noun phrase undone by a verb: a finding about a blocker, no aim (reversed the
    # promotion effects of X on Y; the effect of X on Y was weakened by …)
    "effect_undone_before": (r"\b(?:{reverse_verb:w})\s+(?:[\w\-]+\s+){0,3}?$", _I),
    "effect_undone_after": (
        r"[^.;]*?\b(?:was|were)\s+(?:\w+ly\s+)?(?:{reverse_verb:w})\b",
        _I,
    ),
    # before a trigger: an aim's compound and "to" (the ability of X to increase Y was examined)
    "aim_infinitive": (
        r"\b(?:{aim_noun_en:w})\s+of\s+(?:[^,;.()]|\.(?=\d)){1,60}?\s+(?:to|in)\s+$",
        _I,
    ),
    "en_aim_stop": (
        r"\b(?:{aim_stop_en}|and\s+(?:the|its|their)\s+(?:underlying\s+)?(?:{mechanism_noun}))\b",
        _I,
    ),
    "whether": (r"\b(?:{aim_verb_en})(?:s|es|d|ed)?\s+whether\s+(?:the\s+)?", _I),
    "allocate": (
        r"(?:随机)?(?:{allocate_zh})|\b(?:(?:were|was)\s+)?(?:randomly\s+)?"
        r"(?:{allocate_en})\s+(?:in)?to\b",
        _I,
    ),
    # a measuring verb: the group list of an allocation ends before it
    "measure_verb": (r"(?:{measure_verb_zh})|\b(?:{measure_verb_en})\b", _I),
    "medium_zh": (r"(?:{medium_zh})", 0),
    "medium_en": (
        r"\b(?:{culture_verb_en})\s+in\s+(?:\w+\s+){0,3}?(?:{medium_en})\s+(?:containing|with)\s",
        _I,
    ),
    # a recovery or follow-up time, not an exposure (术后 1 周, 1 week after surgery)
    "after_event": (r"(?:{after_event_word})\s*$|^\s*(?:{after_event_word})", _I),
    # right after a cell type, the process that makes it the fate of the cells named next
    # ("osteoblast(ic) differentiation of MC3T3-E1 cells": the cells are regulated)
    "fate_of": (
        # (or the fate written in one word: osteoclastogenesis in RAW264.7 cells)
        r"(?:(?:ic)?[\s-]+(?:{fate_process_en:w})|o?genesis)\s+(?:of|in|from)\s+(?:the\s+)?",
        _I,
    ),
    # right after a disease, its extent (心肌梗死面积, infarct size): lowering it treats it
    "extent_after": (r"\s*(?:的)?\s*(?:{extent_noun:w})", _I),
    # from a listed theme to the change it undergoes and the clause's end: the rest of the
    # list, named or not, the words before the verb, the verb (TC、TG、HOMA-IR 和 FBG 均降低，);
    # an item holds no conjunction (no backtracking) nor 后/组 (X 和 Y 处理后 A 降低: X acts)
    "listed_theme_zh": (
        r"(?:\s*(?:、|和|及|与|以及)\s*[^\s、，,。；;：:（）()和及与后组]{1,12}?)*\s*"
        r"(?:水平|含量|表达量?|均|都|也|亦|显著|明显)*\s*(?:{level_change_zh})\s*[，,；;]",
        0,
    ),
    # a vehicle: after "an equal volume of" (等体积蒸馏水, an equal volume of 0.5% CMC-Na) …
    "vehicle_before": (
        r"(?:{vehicle_marker:w})\s*(?:的|of)?\s*[（(]?\s*(?:[\d.]+\s*%\s*(?:的)?\s*)?$",
        _I,
    ),
    # … or named as one (distilled water, 蒸馏水)
    "vehicle_name": (r"(?:{vehicle_word:w})", _I),
    # shortly before a dose in its clause: the dose is the vehicle's (X 100 mg/kg，模型组
    # 灌胃等体积溶剂 10 mL/kg; relate_quantities._vehicle_volume)
    "vehicle_marker": (r"(?:{vehicle_marker:w})", _I),
    # a clause going on with the experiment, its system elided (并以 X 进行干预, and then …)
    "continued_clause": (
        r"[\s，,]*(?:{continued_clause_zh}|(?:{continued_clause_en:w})\b)",
        _I,
    ),
    # an inducer's participle written apart before a system (ox-LDL induced RAW264.7 cells)
    "participle_modifier": (r"(?:{participle_modifier_en:w})", _I),
    # after the system of a participle written apart, a verb or infinitive that makes the
    # participle the clause's verb (stimulated osteoblasts to secrete, … and enhanced ALP)
    "verb_after_system": (
        r"(?:\s+cells?)?(?:\s+and\s+\S+(?:\s+cells?)?)?\s+(?:to|toward|towards|into)\s+[a-z]"
        r"|(?:\s+cells?)?\s*,?\s+and\s+[a-z]+ed\b",
        _I,
    ),
    # right after a system, its fate or harm (osteoblast|ic differentiation, MC3T3-E1 cell
    # apoptosis): the participle is a verb
    "fate_after_system": (
        r"[A-Za-z]|[ \t]+(?:cells?[ \t]+)?(?:[A-Za-z-]+[ \t]+)?"
        r"(?:{cell_fate_after}|{death_word:w}|{harm_word:w})",
        _I,
    ),
    # a continuing clause that moves to other subjects or uses (体内, patients, 麻醉, 探针)
    "elided_stop": (r"(?:{elided_stop_zh}|\b(?:{elided_stop_en}))", _I),
    # a denial in a title's aim phrase (对 Y 细胞增殖无明显影响)
    "title_denial": (r"(?:{negation_zh})", 0),
    # a clause setting up one more arm (另设 X 组): its compounds are given as the others were
    "extra_arm": (r"[\s，,]*(?:{extra_arm_zh})", 0),
    # relate_quantities.py
    # a giving word right before a protein reagent (exposed to IL-1β, 加入 RANKL)
    "expose_before": (r"(?:{expose_word})\s*$", _I),
    # after a protein reagent its dose was written before: a blocker noun makes the dose the
    # blocker's (10 μmol/L PI3K 抑制剂 LY294002), not the reagent's (50 ng/mL RANKL 诱导)
    "blocker_after": (r"\s*(?:[（(][^（）()]{1,20}[)）])?\s*(?:{blocker_noun:w})", _I),
    # between a protein reagent and a time: its stimulating verb (以 RANKL 诱导 5 d; the
    # long form's bracketed abbreviation between: 配体（RANKL）诱导 5 d)
    "reagent_time_gap": (
        r"[ \t]*(?:[（(][^（）()]{1,30}[)）]|[)）])?[ \t]*(?:{stimulus_verb_zh})[ \t]*",
        0,
    ),
    # a measure noun right after a compound: a level measured, no compound given (FINS、LDL-C 水平)
    "measured_after_zh": (r"\s*(?:{level_noun_zh}|{theme_noun_zh})", 0),
    # a dosing word right before a time (给药 2 周后): the time is the treatment's length
    "dosing_before": (r"(?<!末次)(?<!停止)(?<!停)(?:{dosing_word_zh})\s*$", 0),
    # "treated with X or Y at 10 μM", "X and Y (at) 10 μM for 5 days": a quantity after a run
    "run_to_quantity": (
        r"^\s*(?:at|for|of|each\s+at|(?:at\s+)?(?:{dose_noun_en})\s+of)\s+$",
        _I,
    ),
    # from a run's dose to its time, a route or frequency between (X or Y at 50 mg/kg by gavage
    # daily for 8 weeks)
    "dose_to_time_en": (
        r"^\s*,?\s*(?:(?:{dose_to_time_word_en:w})\s+){0,4}(?:for|during|over)\s+$",
        _I,
    ),
    # the same after the last of doses in parentheses (X (10 mg/kg) or Y (20 mg/kg) once a
    # day for 12 weeks)
    "doses_to_time_en": (
        r"^\s*[)）]\s*,?\s*(?:(?:{dose_to_time_word_en:w})\s+){0,4}(?:for|during|over)\s+$",
        _I,
    ),
    # from the last dose of arms in parentheses to their shared time (分别灌胃 X（100 mg/kg）和
    # Y（0.1 mg/kg），每天 1 次，连续 8 周)
    "doses_to_time_zh": (
        r"^\s*[)）]\s*(?:[，,]?\s*(?:{dose_to_time_zh}|每\s*[天日周]\s*[\d一二两]\s*次))*"
        r"\s*[，,]?\s*$",
        0,
    ),
}

_SLOT = re.compile(r"\{([a-z][a-z_]*)(:w)?\}")


def template_roles(templates: Mapping[str, tuple[str, int]] = TEMPLATES) -> tuple[str, ...]:
    """The roles the templates name, in order of first use."""
    seen: dict[str, None] = {}
    for template, _ in templates.values():
        seen.update(dict.fromkeys(m.group(1) for m in _SLOT.finditer(template)))
    return tuple(seen)


#: the tag-word roles of the relation templates
ROLES: tuple[str, ...] = template_roles()


def alternation(words: tuple[str, ...] | list[str], whole: bool = False) -> str:
    """``words`` as one regex alternation, longest first; ``(?!)`` (nothing) without words."""
    parts = []
    for w in sorted(words, key=len, reverse=True):
        body = re.escape(w).replace(r"\ ", r"\s+")
        if whole and not is_han(w[0]) and w[0].isalpha():
            body = "(?<![A-Za-z])" + body
        if whole and not is_han(w[-1]) and w[-1].isalpha():
            body += "(?![A-Za-z])"
        parts.append(body)
    return "|".join(parts) or "(?!)"


def fill(template: str, words: Mapping[str, tuple[str, ...]]) -> str:
    """``template`` with each slot replaced by its role's alternation."""
    return _SLOT.sub(
        lambda m: "(?:" + alternation(words.get(m.group(1), ()), bool(m.group(2))) + ")", template
    )


class WordRegexes(dict):
    """The compiled templates for one set of tag words: ``regexes["loss_of"]``, each
    compiled when first asked for (a short paper needs a third of them). A dict, so a
    template already compiled is a plain lookup (the relation stage asks some 50 a sentence)."""

    def __init__(self, words: Mapping[str, tuple[str, ...]]) -> None:
        super().__init__()
        self._words = words

    def __missing__(self, name: str) -> re.Pattern[str]:
        template, flags = TEMPLATES[name]
        rx = self[name] = compile_prefiltered(fill(template, self._words), flags)
        return rx
