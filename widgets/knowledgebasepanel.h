// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QTextBrowser;
class QToolButton;

namespace Frontline::Models {
class ArticleSearchModel;
}

namespace Frontline::Widgets {

/*!
    \brief The knowledge base beside the ticket: search as you type, results with the matches marked,
    suggestions for the open ticket while the search box is empty, and a reader for the article.

    The panel shows what its model holds and asks for the rest with signals: searchRequested() as the
    agent types, articleRequested() to open one (the wiring answers with showArticle()).
*/
class KnowledgeBasePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KnowledgeBasePanel)

public:
    explicit KnowledgeBasePanel(QWidget *parent = nullptr);
    ~KnowledgeBasePanel() override;

    void setModel(Models::ArticleSearchModel *model);
    /*! Shows an article in the reader (title and Markdown rendered as HTML). */
    void showArticle(const QUuid &id, const QString &title, const QString &bodyHtml);
    /*! Puts the caret in the search box (the panel's shortcut). */
    void focusSearch();

    QString searchText() const;
    /*! What the list shows now, for tests and accessibility ("Suggested for this ticket", "3 articles"). */
    QString resultsHeading() const;

signals:
    void searchRequested(const QString &text);
    void articleRequested(const QUuid &id);
    /*! "Insert into reply": the text selected in the article, or its title and opening paragraph. */
    void insertRequested(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString excerpt() const;
    void updateHeading();
    void showList();

    Models::ArticleSearchModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_heading = nullptr;
    QListView *m_results = nullptr;
    QWidget *m_reader = nullptr;
    QLabel *m_articleTitle = nullptr;
    QTextBrowser *m_articleBody = nullptr;
    QToolButton *m_back = nullptr;
    QToolButton *m_insert = nullptr;
};

}  // namespace Frontline::Widgets
