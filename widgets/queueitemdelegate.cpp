// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "queueitemdelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>
#include <QTextLayout>

namespace Frontline::Widgets {

namespace {

// A cell shows one line: line breaks in a subject would otherwise start a line nobody sees.
QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c == u'\n' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            c = u' ';
        }
    }
    return text;
}

// The pen QCommonStyle gives an item view's text.
QColor textColour(const QStyleOptionViewItem &option)
{
    QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(option.state & QStyle::State_Active)) {
        group = QPalette::Inactive;
    }
    return option.palette.color(group,
                                option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
}

// Where the style puts an item's text: after the icon and its margins, inside the text margins.
QRect textArea(const QStyleOptionViewItem &option, const QStyle *style)
{
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
    QRect area = option.rect;
    if (option.features & QStyleOptionViewItem::HasDecoration) {
        area.setLeft(area.left() + option.decorationSize.width() + 2 * margin);
    }
    area.adjust(margin, 0, -margin, 0);
    return QStyle::visualRect(option.direction, option.rect, area);
}

}  // namespace

QueueItemDelegate::QueueItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QueueItemDelegate::~QueueItemDelegate() = default;

void QueueItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    const bool hasText = (item.features & QStyleOptionViewItem::HasDisplay) && !item.text.isEmpty();
    const QRect area = textArea(item, style);
    const QString text = hasText ? oneLine(item.text) : QString();

    // Everything but the text, by the style: with no text it lays nothing out.
    item.text.clear();
    item.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);
    if (!hasText || area.width() <= 0) {
        return;
    }

    const Key key{text,           fontSlot(item.font),
                  area.width(),   int(QStyle::visualAlignment(item.direction, item.displayAlignment)),
                  item.direction, item.textElideMode};
    const LaidOut &shown = laidOut(key, item.font);
    // Centred as the style centres a line: by its whole height, to the pixel.
    const QPointF at(area.left(), area.top() + (area.height() - shown.height) / 2 + shown.shift);
    painter->save();
    painter->setClipRect(area, Qt::IntersectClip);
    painter->setPen(textColour(item));
    for (const QGlyphRun &run : shown.glyphs) {
        painter->drawGlyphRun(at, run);
    }
    painter->restore();
}

const QueueItemDelegate::LaidOut &QueueItemDelegate::laidOut(const Key &key, const QFont &font) const
{
    if (const auto found = m_texts.constFind(key); found != m_texts.cend()) {
        return *found;
    }
    if (m_texts.size() >= MaxLaidOutTexts) {
        m_texts.clear();  // what is on screen is laid out again on the next paint
    }
    // What QCommonStyle does for an item's text: one line as wide as the area, aligned in it; a line
    // that does not fit is elided and drawn from the area's left edge on the full line's baseline.
    QTextOption option;
    option.setWrapMode(QTextOption::ManualWrap);
    option.setTextDirection(key.direction);
    option.setAlignment(Qt::Alignment(key.alignment));
    QTextLayout layout(key.text, font);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(key.width);
    line.setPosition(QPointF(0, 0));
    layout.endLayout();
    LaidOut laid;
    laid.height = int(line.height());
    if (line.naturalTextWidth() <= key.width) {
        laid.glyphs = layout.glyphRuns();
    } else {
        QTextLayout elided(QFontMetrics(font).elidedText(key.text, key.elide, key.width), font);
        elided.beginLayout();
        QTextLine elidedLine = elided.createLine();
        elidedLine.setPosition(QPointF(0, 0));
        elided.endLayout();
        laid.glyphs = elided.glyphRuns();
        laid.shift = line.ascent() - elidedLine.ascent();
    }
    return *m_texts.insert(key, std::move(laid));
}

int QueueItemDelegate::fontSlot(const QFont &font) const
{
    const qsizetype known = m_fonts.indexOf(font);
    if (known >= 0) {
        return int(known);
    }
    if (m_fonts.size() >= 16) {  // the application's font changed many times: start again
        m_fonts.clear();
        m_texts.clear();
    }
    m_fonts.append(font);
    return int(m_fonts.size() - 1);
}

}  // namespace Frontline::Widgets
