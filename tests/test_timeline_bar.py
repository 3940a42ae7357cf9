"""The renewal wizard's time line: labels of close dates never print over each other."""

from app.ui.wizard.timeline_bar import TimelineBar


def test_labels_of_close_dates_take_other_rows(qtbot):
    bar = TimelineBar()
    qtbot.addWidget(bar)
    bar.resize(1200, bar.minimumHeight())
    xs, widths = [1030.0, 1057.0, 1078.0, 1130.0], [70.0, 70.0, 80.0, 70.0]   # four dates within 100 px
    places = bar.label_places(xs, widths)
    assert len(set(places[:3])) == 3                     # the three closest each in a row of its own
    spans = [bar._span(x, w) for x, w in zip(xs, widths, strict=True)]
    for i in range(4):
        for j in range(i + 1, 4):
            if places[i] == places[j]:                   # sharing a row: apart
                assert spans[i][1] <= spans[j][0] or spans[j][1] <= spans[i][0]
    # dates far apart keep the first row, alternating only when needed
    assert bar.label_places([100.0, 600.0, 1100.0], [70.0] * 3) == [(True, 0)] * 3
