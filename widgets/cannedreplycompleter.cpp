// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cannedreplycompleter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextBlock>

namespace Frontline::Widgets {

namespace {

constexpr int MaxOffered = 8;

bool isPlaceholder(const QString &text)
{
    return text.startsWith(QStringLiteral("{{")) && text.endsWith(QStringLiteral("}}"));
}

}  // namespace

CannedReplyCompleter::CannedReplyCompleter(QPlainTextEdit *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_completer(new QCompleter(this))
    , m_items(new QStandardItemModel(this))
{
    m_completer->setModel(m_items);
    m_completer->setWidget(editor);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);  // the finder has filtered
    m_completer->setMaxVisibleItems(MaxOffered);
    m_completer->popup()->setObjectName(QStringLiteral("cannedReplyList"));
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { insert(index.row()); });
    connect(editor, &QPlainTextEdit::textChanged, this, [this] {
        pruneResolved();
        refresh();
    });
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this, &CannedReplyCompleter::refresh);
    editor->installEventFilter(this);
}

CannedReplyCompleter::~CannedReplyCompleter() = default;

void CannedReplyCompleter::setFinder(const Models::CannedReplyFinder *finder)
{
    m_finder = finder;
}

void CannedReplyCompleter::setContextSource(ContextSource source, QString customerLanguage)
{
    m_context = std::move(source);
    m_customerLanguage = std::move(customerLanguage);
}

int CannedReplyCompleter::unresolvedCount() const
{
    return static_cast<int>(std::count_if(m_placeholders.begin(), m_placeholders.end(),
                                          [](const QTextCursor &c) { return isPlaceholder(c.selectedText()); }));
}

bool CannedReplyCompleter::selectNextPlaceholder()
{
    pruneResolved();
    if (m_placeholders.empty()) {
        return false;
    }
    const int caret = m_editor->textCursor().position();
    auto next = std::find_if(m_placeholders.begin(), m_placeholders.end(),
                             [caret](const QTextCursor &c) { return c.selectionStart() >= caret; });
    if (next == m_placeholders.end()) {
        next = m_placeholders.begin();  // round again from the top
    }
    QTextCursor selection = *next;
    m_editor->setTextCursor(selection);
    return true;
}

void CannedReplyCompleter::reset()
{
    m_placeholders.clear();
    m_completer->popup()->hide();
    highlight();
}

bool CannedReplyCompleter::isPopupVisible() const
{
    return m_completer->popup()->isVisible();
}

QStringList CannedReplyCompleter::offered() const
{
    QStringList titles;
    for (int row = 0; row < m_items->rowCount(); ++row) {
        titles.append(m_items->item(row)->text());
    }
    return isPopupVisible() ? titles : QStringList();
}

bool CannedReplyCompleter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_editor) {
        return QObject::eventFilter(watched, event);
    }
    if (event->type() == QEvent::InputMethod) {
        // While the input method composes (pinyin, zhuyin…) the text is not yet the agent's.
        m_composing = !static_cast<QInputMethodEvent *>(event)->preeditString().isEmpty();
        if (m_composing) {
            m_completer->popup()->hide();
        }
        return false;
    }
    if (event->type() != QEvent::KeyPress) {
        return false;
    }
    auto *key = static_cast<QKeyEvent *>(event);
    QAbstractItemView *list = m_completer->popup();
    if (list->isVisible()) {
        // Keys that reach the editor while the list is open (the list normally has them first).
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Tab:
            if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
                insert(list->currentIndex().isValid() ? list->currentIndex().row() : 0);
                return true;
            }
            break;
        case Qt::Key_Escape:
            list->hide();
            return true;
        case Qt::Key_Down:
        case Qt::Key_Up: {
            const int rows = m_items->rowCount();
            const int current = list->currentIndex().isValid() ? list->currentIndex().row() : -1;
            const int next = key->key() == Qt::Key_Down ? std::min(current + 1, rows - 1) : std::max(current - 1, 0);
            list->setCurrentIndex(m_items->index(next, 0));
            return true;
        }
        default:
            break;
        }
        return false;
    }
    if (key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier && unresolvedCount() > 0) {
        return selectNextPlaceholder();
    }
    return false;
}

void CannedReplyCompleter::refresh()
{
    if (m_inserting) {
        return;
    }
    QAbstractItemView *list = m_completer->popup();
    const QTextCursor caret = m_editor->textCursor();
    if (m_composing || !m_finder || caret.hasSelection()) {
        list->hide();
        return;
    }
    // The word before the caret, from the last space (or the line's start).
    const QString line = caret.block().text().left(caret.positionInBlock());
    qsizetype start = line.size();
    while (start > 0 && !line.at(start - 1).isSpace()) {
        --start;
    }
    const std::optional<QString> query = Models::CannedReplyFinder::shortcutQuery(QStringView(line).mid(start));
    if (!query) {
        list->hide();
        return;
    }
    m_matches = m_finder->find(*query, m_customerLanguage, {}, MaxOffered);
    if (m_matches.empty()) {
        list->hide();
        return;
    }
    m_tokenStart = caret.block().position() + static_cast<int>(start);
    m_items->clear();
    for (const Models::CannedReplyFinder::Match &match : m_matches) {
        auto *item = new QStandardItem(QStringLiteral("#%1 · %2").arg(match.reply.shortcut, match.reply.title));
        item->setToolTip(match.reply.body);
        m_items->appendRow(item);  // the model owns it
    }
    QRect at = m_editor->cursorRect();
    at.setWidth(std::max(320, list->sizeHintForColumn(0) + list->verticalScrollBar()->sizeHint().width()));
    m_completer->complete(at);
    list->setCurrentIndex(m_items->index(0, 0));
}

void CannedReplyCompleter::insert(int row)
{
    if (row < 0 || row >= static_cast<int>(m_matches.size()) || m_tokenStart < 0) {
        return;
    }
    const Models::CannedReply reply = m_matches[static_cast<std::size_t>(row)].reply;
    const Models::RenderedReply rendered =
        Models::CannedReplyTemplate::render(reply.body, m_context ? m_context() : Models::TemplateContext{});
    m_completer->popup()->hide();

    QTextCursor cursor = m_editor->textCursor();
    const int end = cursor.position();
    cursor.setPosition(m_tokenStart);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    const int start = m_tokenStart;
    m_inserting = true;
    cursor.insertText(rendered.text);  // one undo step, replacing the typed shortcut
    m_inserting = false;
    for (const Models::RenderedReply::Problem &problem : rendered.problems) {
        QTextCursor placeholder(m_editor->document());
        placeholder.setPosition(start + problem.start);
        placeholder.setPosition(start + problem.start + problem.length, QTextCursor::KeepAnchor);
        m_placeholders.push_back(placeholder);
    }
    std::sort(m_placeholders.begin(), m_placeholders.end(),
              [](const QTextCursor &a, const QTextCursor &b) { return a.selectionStart() < b.selectionStart(); });
    QTextCursor caret(m_editor->document());
    caret.setPosition(start + (rendered.cursorPosition >= 0 ? rendered.cursorPosition : int(rendered.text.size())));
    m_editor->setTextCursor(caret);
    m_tokenStart = -1;
    highlight();
    emit used(reply.id);
}

void CannedReplyCompleter::pruneResolved()
{
    const auto resolved = std::remove_if(m_placeholders.begin(), m_placeholders.end(),
                                         [](const QTextCursor &c) { return !isPlaceholder(c.selectedText()); });
    if (resolved != m_placeholders.end()) {
        m_placeholders.erase(resolved, m_placeholders.end());
        highlight();
    }
}

void CannedReplyCompleter::highlight()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const QTextCursor &placeholder : m_placeholders) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = placeholder;
        selection.format.setBackground(QColor(255, 196, 0, 110));  // amber, readable on light and dark
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(QColor(214, 120, 0));
        selections.append(selection);
    }
    m_editor->setExtraSelections(selections);
}

}  // namespace Frontline::Widgets
