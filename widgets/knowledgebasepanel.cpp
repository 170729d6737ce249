// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "knowledgebasepanel.h"

#include <models/articlesearchmodel.h>

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Frontline::Widgets {

namespace {

// A result as two lines of rich text: the title and the snippet, with the matches marked.
class ResultDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        item.text.clear();
        QStyle *style = item.widget ? item.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

        QTextDocument document;
        document.setDefaultFont(option.font);
        document.setHtml(html(index, option));
        document.setTextWidth(option.rect.width() - 8);
        painter->save();
        painter->translate(option.rect.topLeft() + QPoint(4, 2));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = option.palette;
        if (option.state & QStyle::State_Selected) {
            context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
        }
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QTextDocument document;
        document.setDefaultFont(option.font);
        document.setHtml(html(index, option));
        // The view's width: each result wraps to it.
        const int width = option.widget ? option.widget->width() - 24 : option.rect.width();
        document.setTextWidth(std::max(120, width - 8));
        return {std::max(120, width), int(document.size().height()) + 4};
    }

private:
    static QString html(const QModelIndex &index, const QStyleOptionViewItem &option)
    {
        const QString mark = QStringLiteral("<span style=\"background-color:%1\">")
                                 .arg(option.palette.color(QPalette::Highlight).lighter(170).name());
        const auto marked = [&mark](QString text) {
            return text.replace(QStringLiteral("<mark>"), mark)
                .replace(QStringLiteral("</mark>"), QStringLiteral("</span>"));
        };
        const QString category = index.data(Models::ArticleSearchModel::CategoryRole).toString().toHtmlEscaped();
        return QStringLiteral("<b>%1</b> <small>%2</small><br><small>%3</small>")
            .arg(marked(index.data(Models::ArticleSearchModel::TitleHtmlRole).toString()), category,
                 marked(index.data(Models::ArticleSearchModel::SnippetHtmlRole).toString()));
    }
};

}  // namespace

KnowledgeBasePanel::KnowledgeBasePanel(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_heading(new QLabel(this))
    , m_results(new QListView(this))
    , m_reader(new QWidget(this))
    , m_articleTitle(new QLabel(m_reader))
    , m_articleBody(new QTextBrowser(m_reader))
    , m_back(new QToolButton(m_reader))
    , m_insert(new QToolButton(m_reader))
{
    setObjectName(QStringLiteral("knowledgeBasePanel"));
    m_search->setObjectName(QStringLiteral("knowledgeBaseSearch"));
    m_search->setClearButtonEnabled(true);
    m_heading->setObjectName(QStringLiteral("knowledgeBaseHeading"));
    m_results->setObjectName(QStringLiteral("knowledgeBaseResults"));
    m_results->setItemDelegate(new ResultDelegate(m_results));
    m_results->setWordWrap(true);
    m_results->setUniformItemSizes(false);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_articleTitle->setObjectName(QStringLiteral("articleTitle"));
    m_articleTitle->setWordWrap(true);
    QFont heading = m_articleTitle->font();
    heading.setBold(true);
    m_articleTitle->setFont(heading);
    m_articleBody->setObjectName(QStringLiteral("articleBody"));
    m_articleBody->setOpenExternalLinks(true);
    m_back->setObjectName(QStringLiteral("backToResults"));
    m_back->setArrowType(Qt::LeftArrow);
    m_back->setAutoRaise(true);

    m_insert->setObjectName(QStringLiteral("insertArticle"));
    m_insert->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_back, 0, Qt::AlignTop);
    titleRow->addWidget(m_articleTitle, 1);
    titleRow->addWidget(m_insert, 0, Qt::AlignTop);
    auto *readerLayout = new QVBoxLayout(m_reader);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->addLayout(titleRow);
    readerLayout->addWidget(m_articleBody, 1);
    m_reader->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_heading);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_reader, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        showList();
        emit searchRequested(text);
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model && m_model->rowCount() > 0) {
            emit articleRequested(m_model->index(0).data(Models::ArticleSearchModel::ArticleIdRole).toUuid());
        }
    });
    connect(m_results, &QListView::activated, this, [this](const QModelIndex &index) {
        emit articleRequested(index.data(Models::ArticleSearchModel::ArticleIdRole).toUuid());
    });
    connect(m_back, &QToolButton::clicked, this, &KnowledgeBasePanel::showList);
    connect(m_insert, &QToolButton::clicked, this, [this] { emit insertRequested(excerpt()); });
    changeEvent(nullptr);
}

KnowledgeBasePanel::~KnowledgeBasePanel() = default;

void KnowledgeBasePanel::setModel(Models::ArticleSearchModel *model)
{
    m_model = model;
    m_results->setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &KnowledgeBasePanel::updateHeading);
    }
    updateHeading();
}

void KnowledgeBasePanel::showArticle(const QUuid &, const QString &title, const QString &bodyHtml)
{
    m_articleTitle->setText(title);
    m_articleBody->setHtml(bodyHtml);
    m_results->hide();
    m_heading->hide();
    m_reader->show();
}

QString KnowledgeBasePanel::excerpt() const
{
    const QString selected = m_articleBody->textCursor().selectedText().replace(QChar::ParagraphSeparator, u'\n');
    if (!selected.trimmed().isEmpty()) {
        return selected.trimmed();
    }
    // Nothing selected: the title and the first paragraph that says something.
    const QStringList paragraphs = m_articleBody->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    const auto first = std::find_if(paragraphs.begin(), paragraphs.end(), [this](const QString &paragraph) {
        return !paragraph.trimmed().isEmpty() && paragraph.trimmed() != m_articleTitle->text().trimmed();
    });
    return first == paragraphs.end() ? m_articleTitle->text()
                                     : m_articleTitle->text() + QStringLiteral("\n") + first->trimmed();
}

void KnowledgeBasePanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString KnowledgeBasePanel::searchText() const
{
    return m_search->text();
}

QString KnowledgeBasePanel::resultsHeading() const
{
    return m_heading->text();
}

void KnowledgeBasePanel::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::LanguageChange) {
        m_search->setPlaceholderText(tr("Search the knowledge base (Ctrl+K)"));
        m_search->setAccessibleName(tr("Search the knowledge base"));
        m_results->setAccessibleName(tr("Articles found"));
        m_articleBody->setAccessibleName(tr("Article"));
        m_back->setToolTip(tr("Back to the results"));
        m_back->setAccessibleName(tr("Back to the results"));
        m_insert->setText(tr("Insert into Reply"));
        m_insert->setToolTip(tr("Puts the selected text, or the article's first paragraph, into the reply"));
        updateHeading();
    }
    if (event) {
        QWidget::changeEvent(event);
    }
}

void KnowledgeBasePanel::updateHeading()
{
    const int found = m_model ? m_model->rowCount() : 0;
    if (m_search->text().trimmed().isEmpty()) {
        m_heading->setText(found > 0 ? tr("Suggested for this ticket")
                                     : tr("Type to search the articles, offline too."));
    } else {
        m_heading->setText(found > 0 ? tr("%n article(s)", nullptr, found) : tr("No article matches."));
    }
}

void KnowledgeBasePanel::showList()
{
    m_reader->hide();
    m_heading->show();
    m_results->show();
}

}  // namespace Frontline::Widgets
