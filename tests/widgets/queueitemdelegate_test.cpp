// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <widgets/queueitemdelegate.h>

#include <QApplication>
#include <QHeaderView>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace Frontline;

namespace {

/*! A small queue-like table: plain, bold, right-aligned, coloured, iconed, elided and multi-line cells. */
std::unique_ptr<QStandardItemModel> sampleCells()
{
    auto model = std::make_unique<QStandardItemModel>(4, 3);
    QPixmap dot(16, 16);
    dot.fill(Qt::darkCyan);
    const QStringList subjects{QStringLiteral("App crashes on start"),
                               QStringLiteral("發票抬頭錯誤，請幫我改成公司的全名，謝謝您的協助與耐心等候"),
                               QStringLiteral("Refund for order 88123"), QString()};
    for (int row = 0; row < 4; ++row) {
        auto *number = new QStandardItem(QString::number(1000 + row * 37));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *subject = new QStandardItem(subjects[row]);
        if (row % 2 == 1) {
            QFont bold;
            bold.setBold(true);
            subject->setFont(bold);
            subject->setIcon(QIcon(dot));
        }
        auto *due = new QStandardItem(row == 2 ? QStringLiteral("overdue 3 h 12 min") : QStringLiteral("in 45 min"));
        if (row == 2) {
            due->setForeground(QColor(0xc0, 0x20, 0x20));
        }
        model->setItem(row, 0, number);
        model->setItem(row, 1, subject);
        model->setItem(row, 2, due);
    }
    return model;
}

enum class Drawing
{
    Qt,    // QStyledItemDelegate
    Ours,  // QueueItemDelegate
};

/*! A table as the queue sets it up, its cells drawn by QStyledItemDelegate or by ours. */
class Table
{
public:
    Table(QAbstractItemModel &model, Drawing drawing, int selectedRow)
    {
        if (drawing == Drawing::Ours) {
            m_view.setItemDelegate(new Widgets::QueueItemDelegate(&m_view));
        }
        m_view.setModel(&model);
        m_view.setSelectionBehavior(QAbstractItemView::SelectRows);
        m_view.setAlternatingRowColors(true);
        m_view.setShowGrid(false);
        m_view.setWordWrap(false);
        m_view.setTextElideMode(Qt::ElideRight);
        m_view.verticalHeader()->hide();
        m_view.horizontalHeader()->resizeSection(0, 60);
        m_view.horizontalHeader()->resizeSection(1, 180);  // the Chinese subject does not fit: elided
        m_view.horizontalHeader()->resizeSection(2, 130);
        m_view.resize(400, 200);
        m_view.selectRow(selectedRow);
        m_view.clearFocus();
        m_view.show();
    }

    /*! What the screen shows now. */
    QImage picture()
    {
        REQUIRE(QTest::qWaitForWindowExposed(&m_view));
        QApplication::processEvents();
        return m_view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    }

private:
    QTableView m_view;
};

QImage drawn(QAbstractItemModel &model, Drawing drawing, int selectedRow)
{
    return Table(model, drawing, selectedRow).picture();
}

/*! The difference of one colour channel between a 4 x 4 block of \a a and the block \a dy rows lower in \a b. */
int blockDifference(const QImage &a, const QImage &b, int left, int top, int dy, int (*channel)(QRgb))
{
    int difference = 0;
    for (int y = top; y < top + 4; ++y) {
        for (int x = left; x < left + 4; ++x) {
            const int shifted = std::clamp(y + dy, 0, b.height() - 1);
            difference += channel(a.pixel(x, y)) - channel(b.pixel(x, shifted));
        }
    }
    return std::abs(difference);
}

/*! Whether \a a and \a b look the same to the eye: every 4 x 4 block close on average to the same block
    of \a b or to one a pixel above or below it. Glyphs placed a fraction of a pixel apart antialias
    and round differently; a missing, wrong, recoloured or misplaced word changes whole blocks. */
bool looksAlike(const QImage &a, const QImage &b)
{
    REQUIRE(a.size() == b.size());
    constexpr int tolerance = 24 * 16;  // of 255, per colour channel, averaged over a block
    for (int top = 0; top + 4 <= a.height(); top += 4) {
        for (int left = 0; left + 4 <= a.width(); left += 4) {
            bool close = false;
            for (const int dy : {0, -1, 1}) {
                close = close || (blockDifference(a, b, left, top, dy, qRed) <= tolerance &&
                                  blockDifference(a, b, left, top, dy, qGreen) <= tolerance &&
                                  blockDifference(a, b, left, top, dy, qBlue) <= tolerance);
            }
            if (!close) {
                UNSCOPED_INFO("differs around (" << left << ", " << top << ")");
                return false;
            }
        }
    }
    return true;
}

}  // namespace

TEST_CASE("Queue cells look as Qt's own item drawing: bold, right-aligned, coloured, elided, selected",
          "[widgets][queue][paint]")
{
    auto model = sampleCells();
    const QImage expected = drawn(*model, Drawing::Qt, 1);
    const QImage ours = drawn(*model, Drawing::Ours, 1);
    CHECK(looksAlike(expected, ours));
    // The unselected rows are the same to the pixel.
    CHECK(expected.copy(0, 0, expected.width(), 30) == ours.copy(0, 0, ours.width(), 30));
}

TEST_CASE("A queue cell shows its new text as soon as the model changes it", "[widgets][queue][paint]")
{
    auto model = sampleCells();
    Table table(*model, Drawing::Ours, 0);
    const QImage before = table.picture();
    model->item(0, 1)->setText(QStringLiteral("App crashes when the invoice opens"));
    model->item(3, 1)->setText(QStringLiteral("包裹沒有收到"));
    const QImage after = table.picture();
    CHECK_FALSE(looksAlike(before, after));
    CHECK(looksAlike(drawn(*model, Drawing::Qt, 0), after));
}

TEST_CASE("A subject with line breaks is shown on its one line", "[widgets][queue][paint]")
{
    auto broken = sampleCells();
    broken->item(2, 1)->setText(QStringLiteral("Refund for\norder 88123"));
    auto joined = sampleCells();
    joined->item(2, 1)->setText(QStringLiteral("Refund for order 88123"));
    CHECK(looksAlike(drawn(*broken, Drawing::Ours, 0), drawn(*joined, Drawing::Qt, 0)));
}
