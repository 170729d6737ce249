// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <models/cannedreplyfinder.h>
#include <models/cannedreplytemplate.h>

#include <QObject>
#include <QTextCursor>

#include <functional>
#include <vector>

class QCompleter;
class QPlainTextEdit;
class QStandardItemModel;

namespace Frontline::Widgets {

/*!
    \brief Canned replies in a composer: typing a shortcut prefix (#, /, or the full-width ＃ and ／ of
    Chinese input methods) opens a list of the matching replies, filtered as the agent types.

    Choosing one (Enter, Tab or a click) replaces what was typed with the reply, its placeholders
    filled from the open ticket; the caret goes where the reply's {{cursor}} was. Placeholders that
    could not be filled stay in the text, highlighted, and Tab selects them one after the other, so
    nothing blank goes out by accident. Nothing opens while an input method is still composing.
*/
class CannedReplyCompleter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CannedReplyCompleter)

public:
    /*! The open ticket's values, and the customer's language for the reply's variant. */
    using ContextSource = std::function<Models::TemplateContext()>;

    CannedReplyCompleter(QPlainTextEdit *editor, QObject *parent = nullptr);
    ~CannedReplyCompleter() override;

    /*! The replies to offer (held by the caller, which reloads it); none: nothing is offered. */
    void setFinder(const Models::CannedReplyFinder *finder);
    void setContextSource(ContextSource source, QString customerLanguage);
    /*! Placeholders of inserted replies still in the text as written. */
    int unresolvedCount() const;
    /*! Selects the next unresolved placeholder; false when there is none. */
    bool selectNextPlaceholder();
    /*! Forgets the placeholders (the composer was cleared or shows another ticket). */
    void reset();
    bool isPopupVisible() const;
    /*! The titles the list offers now, for tests and screen readers. */
    QStringList offered() const;

signals:
    /*! A reply was inserted: its use counts for the ranking. */
    void used(const QUuid &replyId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void insert(int row);
    void highlight();
    void pruneResolved();

    QPlainTextEdit *m_editor;
    QCompleter *m_completer;
    QStandardItemModel *m_items;
    const Models::CannedReplyFinder *m_finder = nullptr;
    ContextSource m_context;
    QString m_customerLanguage;
    std::vector<Models::CannedReplyFinder::Match> m_matches;
    int m_tokenStart = -1;  // where the typed shortcut begins in the document
    std::vector<QTextCursor> m_placeholders;
    bool m_composing = false;  // an input method shows text it has not committed
    bool m_inserting = false;
};

}  // namespace Frontline::Widgets
