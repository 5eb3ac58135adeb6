"""What a number counts, read from its clause: the metric vocabulary of the contract."""

from __future__ import annotations

import pytest

from helpers.extract.metrics import classify
from helpers.extract.quantities import find_quantities


def metric_of(clause: str) -> str:
    """The metric of the first quantity of a one-clause sentence."""
    q = find_quantities(clause)[0]
    return classify(q, clause[: q.start], clause[q.end :], clause)


# Invented clauses, one per metric of the contract's vocabulary, with the cue that decides it.
GOOD = [
    ("全村共有贫困户86户", "poor_households"),  # 贫困户 + 有: a stock
    ("尚有贫困人口453人未脱贫", "poor_persons"),  # 尚有 … 未脱贫: still poor
    ("2018年脱贫320户", "lifted_households"),  # 脱贫 as a verb
    ("当年减贫1200人", "lifted_persons"),
    ("带动贫困户210户增收", "beneficiary_households"),  # 带动 … 贫困户
    ("省定贫困村12个", "poor_villages"),
    ("累计投入扶贫资金850万元", "funds_yuan"),  # 投入, 资金
    ("村集体经济收入达到18.6万元", "income_yuan"),  # 收入
    ("流转土地2400亩", "area_mu"),  # area is always area_mu
    ("发展党员26名", "party_members"),
    ("选派驻村干部1500名", "cadres"),
    ("全镇总人口3.2万人", "population"),
    ("建成项目42个", "other"),
]

# Look-alikes: the cue word is part of another noun, or the count is of something else.
BAD = [
    ("召开脱贫攻坚推进会5次", "lifted_persons"),  # 脱贫攻坚 is a noun, not 脱贫
    ("吸纳社员486户", "beneficiary_households"),  # a cooperative's members, poor or not
    ("一般户58户", "poor_households"),  # 一般户: households that are not poor
]


@pytest.mark.parametrize("clause, metric", GOOD)
def test_the_clause_decides_the_metric(clause, metric):
    assert metric_of(clause) == metric


@pytest.mark.parametrize("clause, wrong", BAD)
def test_look_alike_cues_do_not_decide(clause, wrong):
    assert metric_of(clause) != wrong
