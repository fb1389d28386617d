"""Value-based moving-average stock: no rupiah is ever lost between movements and
Persediaan, and the last unit takes exactly what is left."""

import pytest
from hypothesis import given, settings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from app.domain.errors import DomainError
from app.domain.pricing import round_half_up
from app.domain.stock import StockPosition, count_to, issue, put_back, receive, returned_cost

EMPTY = StockPosition.empty()


def run(pos, *steps):
    """Apply (function, *args) steps; return the final position and the movements."""
    moves = []
    for fn, *args in steps:
        m = fn(pos, *args)
        moves.append(m)
        pos = m.position
    return pos, moves


def average(pos):
    return max(round_half_up(pos.value_rp * 1000, pos.qty_milli), 0)


# --- worked examples ---------------------------------------------------------------


def test_textbook_moving_average():
    a = receive(EMPTY, 10_000, 100_000)  # 10 @ Rp10.000
    assert a.position == StockPosition(10_000, 100_000, 10_000)
    b = receive(a.position, 10_000, 120_000)  # 10 @ Rp12.000
    assert b.position == StockPosition(20_000, 220_000, 11_000)
    c = issue(b.position, 5_000)
    assert (c.qty_milli, c.value_rp) == (-5_000, -55_000)
    assert c.position == StockPosition(15_000, 165_000, 11_000)
    d = issue(c.position, 15_000)
    assert (d.value_rp, d.position) == (-165_000, StockPosition(0, 0, 11_000))


def test_thirds_leave_no_rupiah_behind():
    pos, moves = run(receive(EMPTY, 3_000, 10_000).position, (issue, 1_000), (issue, 1_000), (issue, 1_000))
    assert [m.value_rp for m in moves] == [-3_333, -3_334, -3_333]
    assert pos == StockPosition(0, 0, pos.unit_cost_rp)
    assert sum(m.value_rp for m in moves) == -10_000


def test_selling_everything_takes_exactly_the_value_left():
    pos = receive(EMPTY, 7_000, 100_001).position  # Rp14.285,857 a unit
    pos = issue(pos, 2_500).position
    left = pos.value_rp
    last = issue(pos, pos.qty_milli)
    assert last.value_rp == -left
    assert last.position.qty_milli == 0 and last.position.value_rp == 0


def test_first_receipt_sets_the_unit_cost_from_the_delivery_note():
    m = receive(EMPTY, 2_500, 34_998)  # 2,5 kg for Rp34.998
    assert m.position == StockPosition(2_500, 34_998, 13_999)
    assert (m.qty_milli, m.value_rp) == (2_500, 34_998)
    assert receive(EMPTY, 1_000, 0).position == StockPosition(1_000, 0, 0)  # free goods


def test_an_issue_takes_its_share_of_the_value_not_the_rounded_unit_cost():
    pos = receive(EMPTY, 100_000, 1_500_450).position  # 100 units, Rp15.004,50 each
    assert pos.unit_cost_rp == 15_005
    m = issue(pos, 30_000)
    assert m.value_rp == -450_135  # not 30 x 15.005 = 450.150
    assert m.position == StockPosition(70_000, 1_050_315, 15_005)  # 15.004,50 again


def test_negative_stock_is_costed_at_the_last_unit_cost():
    m = issue(StockPosition.empty(10_000), 2_000)
    assert m.value_rp == -20_000
    assert m.position == StockPosition(-2_000, -20_000, 10_000)
    m = issue(m.position, 500)  # already negative: still the last unit cost
    assert m.value_rp == -5_000
    assert m.position == StockPosition(-2_500, -25_000, 10_000)


def test_issuing_past_what_is_on_hand_takes_the_value_then_the_last_cost():
    pos = receive(StockPosition.empty(), 1_000, 12_000).position
    m = issue(pos, 3_000)
    assert m.value_rp == -(12_000 + 2 * 12_000)
    assert m.position == StockPosition(-2_000, -24_000, 12_000)
    pos = receive(receive(EMPTY, 1_000, 10_000).position, 2_000, 23_000).position  # avg 11.000
    m = issue(pos, 4_500)
    assert m.value_rp == -(33_000 + 16_500)
    assert m.position.unit_cost_rp == 11_000


def test_put_back_returns_goods_at_the_cost_they_left_with():
    pos = receive(EMPTY, 10_000, 100_000).position
    sold = issue(pos, 4_000)
    back = put_back(sold.position, 4_000, -sold.value_rp)
    assert back.position == pos
    assert (back.qty_milli, back.value_rp) == (4_000, 40_000)
    # into an empty shelf: the goods come back at their own cost
    gone = issue(pos, 10_000).position
    assert put_back(gone, 1_000, 10_000).position == StockPosition(1_000, 10_000, 10_000)


def test_count_to_zero_zeroes_the_value():
    pos = receive(EMPTY, 3_000, 10_000).position
    m = count_to(pos, 0)
    assert m.position == StockPosition(0, 0, pos.unit_cost_rp)
    assert (m.qty_milli, m.value_rp) == (-3_000, -10_000)
    neg = issue(StockPosition.empty(5_000), 2_000).position
    m = count_to(neg, 0)
    assert m.position == StockPosition(0, 0, 5_000)
    assert (m.qty_milli, m.value_rp) == (2_000, 10_000)


def test_count_down_is_an_issue_at_average_cost():
    pos = receive(EMPTY, 3_000, 10_000).position
    assert count_to(pos, 2_000) == issue(pos, 1_000)


def test_count_up_adds_stock_at_the_unit_cost():
    pos = receive(EMPTY, 2_000, 22_000).position
    m = count_to(pos, 2_500)
    assert (m.qty_milli, m.value_rp) == (500, 5_500)
    assert m.position == StockPosition(2_500, 27_500, 11_000)


def test_count_up_from_negative_values_the_count_exactly():
    neg = issue(StockPosition.empty(10_000), 2_000).position  # -2 units, -Rp20.000
    m = count_to(neg, 3_000)
    assert m.position == StockPosition(3_000, 30_000, 10_000)
    assert (m.qty_milli, m.value_rp) == (5_000, 50_000)


def test_count_up_from_negative_after_a_receipt_uses_the_new_unit_cost():
    neg = issue(StockPosition.empty(10_000), 2_000).position
    received = receive(neg, 1_000, 15_000)
    # the unit still owed is valued at the new cost; the unit sold early at 10.000 really
    # cost 15.000: that 5.000 difference is HPP (a cost correction), not stock
    assert received.position == StockPosition(-1_000, -15_000, 15_000)
    assert (received.value_rp, received.cost_correction_rp) == (5_000, -10_000)
    m = count_to(received.position, 3_000)
    assert m.position == StockPosition(3_000, 45_000, 15_000)
    assert (m.qty_milli, m.value_rp) == (4_000, 60_000)


def test_counting_what_is_there_changes_nothing():
    pos = receive(EMPTY, 3_000, 10_000).position
    m = count_to(pos, 3_000)
    assert (m.position, m.qty_milli, m.value_rp) == (pos, 0, 0)


@pytest.mark.parametrize("call", [
    lambda: receive(EMPTY, 0, 1_000),
    lambda: receive(EMPTY, -1_000, 1_000),
    lambda: issue(EMPTY, 0),
    lambda: issue(EMPTY, -1),
    lambda: put_back(EMPTY, 0, 0),
    lambda: count_to(EMPTY, -1),
])
def test_bad_quantities_are_refused(call):
    with pytest.raises(DomainError) as err:
        call()
    assert err.value.code == "bad_qty"


def test_negative_purchase_cost_is_refused():
    with pytest.raises(DomainError) as err:
        receive(EMPTY, 1_000, -1)
    assert err.value.code == "bad_cost"


# --- random sequences ----------------------------------------------------------------

quantities = st.integers(min_value=1, max_value=50_000)
costs = st.integers(min_value=0, max_value=5_000_000)


class Ledger(RuleBasedStateMachine):
    """Every movement is journalled; the journals must add up to the position."""

    allow_negative = True

    @initialize(cost=st.integers(min_value=0, max_value=100_000))
    def start(self, cost):
        self.pos = StockPosition.empty(cost)
        self.moves = []
        self.issued = []  # (qty, cost) of issues still on a customer's hands

    def apply(self, m):
        assert m.position.qty_milli == self.pos.qty_milli + m.qty_milli
        self.moves.append(m)
        self.pos = m.position

    @rule(qty=quantities, cost=costs)
    def receive(self, qty, cost):
        self.apply(receive(self.pos, qty, cost))

    @rule(data=st.data())
    def issue(self, data):
        on_hand = max(self.pos.qty_milli, 0)
        if not self.allow_negative and on_hand == 0:
            return
        qty = data.draw(st.integers(min_value=1, max_value=on_hand if not self.allow_negative else on_hand + 20_000))
        before = self.pos
        m = issue(self.pos, qty)
        assert m.qty_milli == -qty
        if 0 < qty < before.qty_milli:  # a partial issue takes its exact share of the value
            assert -m.value_rp == round_half_up(before.value_rp * qty, before.qty_milli)
            if before.value_rp >= 0:  # which is the rounded average cost within rounding
                assert abs(-m.value_rp * 1000 - qty * before.unit_cost_rp) <= 500 + qty / 2
        if qty == before.qty_milli:
            assert m.value_rp == -before.value_rp
        if m.position.qty_milli <= 0:
            assert m.position.unit_cost_rp == before.unit_cost_rp
        self.apply(m)
        self.issued.append((qty, -m.value_rp))

    @precondition(lambda self: self.issued)
    @rule(data=st.data())
    def put_back(self, data):
        i = data.draw(st.integers(min_value=0, max_value=len(self.issued) - 1))
        qty, cost = self.issued.pop(i)
        self.apply(put_back(self.pos, qty, cost))

    @rule(data=st.data())
    def count(self, data):
        counted = data.draw(st.integers(min_value=0, max_value=max(self.pos.qty_milli, 0) + 20_000))
        self.apply(count_to(self.pos, counted))
        assert self.pos.qty_milli == counted
        if counted == 0 and not self.allow_negative:
            assert self.pos.value_rp == 0

    @invariant()
    def no_rupiah_lost(self):
        assert sum(m.value_rp for m in self.moves) == self.pos.value_rp
        assert sum(m.qty_milli for m in self.moves) == self.pos.qty_milli

    @invariant()
    def unit_cost_is_the_moving_average(self):
        if self.pos.qty_milli > 0:
            assert self.pos.unit_cost_rp == average(self.pos)
        assert self.pos.unit_cost_rp >= 0


class LedgerWithoutNegativeStock(Ledger):
    """The default shop setting: never sell what is not on the shelf."""

    allow_negative = False

    @invariant()
    def nothing_on_the_shelf_is_worth_nothing(self):
        assert self.pos.qty_milli >= 0 and self.pos.value_rp >= 0
        if self.pos.qty_milli == 0:
            assert self.pos.value_rp == 0


SETTINGS = settings(max_examples=50, stateful_step_count=25, deadline=None)
TestLedger = Ledger.TestCase
TestLedger.settings = SETTINGS
TestLedgerWithoutNegativeStock = LedgerWithoutNegativeStock.TestCase
TestLedgerWithoutNegativeStock.settings = SETTINGS


@settings(max_examples=150)
@given(st.lists(st.tuples(quantities, costs), min_size=1, max_size=6), st.data())
def test_receipts_sold_out_in_random_pieces_leave_exactly_zero(receipts, data):
    pos, moves = EMPTY, []
    for qty, cost in receipts:
        moves.append(receive(pos, qty, cost))
        pos = moves[-1].position
    total_qty = pos.qty_milli
    cuts = sorted(data.draw(st.lists(st.integers(min_value=1, max_value=total_qty - 1), max_size=8, unique=True))
                  ) if total_qty > 1 else []
    for piece in (b - a for a, b in zip([0, *cuts], [*cuts, total_qty])):
        m = issue(pos, piece)
        assert m.value_rp <= 0
        moves.append(m)
        pos = m.position
    assert pos.qty_milli == 0 and pos.value_rp == 0
    assert -sum(m.value_rp for m in moves if m.qty_milli < 0) == sum(c for _, c in receipts)


# --- returns ------------------------------------------------------------------------


def test_returns_in_parts_give_back_the_line_cost_exactly():
    parts = [returned_cost(10_000, 3_000, before, 1_000) for before in (0, 1_000, 2_000)]
    assert parts == [3_333, 3_334, 3_333]
    assert sum(parts) == 10_000
    assert returned_cost(10_000, 3_000, 0, 3_000) == 10_000
    assert returned_cost(55_000, 5_000, 0, 2_500) == 27_500


@settings(max_examples=100)
@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=1_000_000),
       st.data())
def test_returned_cost_over_any_partial_returns_sums_to_the_line_cost(line_cost, line_qty, data):
    cuts = sorted(data.draw(st.lists(st.integers(min_value=1, max_value=line_qty), max_size=6, unique=True)))
    if not cuts or cuts[-1] != line_qty:
        cuts.append(line_qty)
    before, total = 0, 0
    for upto in cuts:
        part = returned_cost(line_cost, line_qty, before, upto - before)
        assert part >= 0
        # never more than one rupiah away from the exact proportional cost
        assert abs(part * line_qty - line_cost * (upto - before)) <= line_qty
        total += part
        before = upto
    assert total == line_cost


@pytest.mark.parametrize("before, returning", [(0, 3_001), (2_000, 1_001), (3_000, 1), (1_500, 1_501)])
def test_returning_more_than_was_sold_is_refused(before, returning):
    with pytest.raises(DomainError) as err:
        returned_cost(10_000, 3_000, before, returning)
    assert err.value.code == "return_too_much"
    assert "melebihi" in err.value.message
