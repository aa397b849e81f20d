#include "ui/SearchPanel.h"

#include "models/items/SearchResultsModel.h"
#include "ui/ItemDelegate.h"
#include "ui/UiFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace holdfast::ui {

namespace {
constexpr int kDebounceMs = 250;
constexpr int kResultLimit = 500;
}

SearchPanel::SearchPanel(SearchResultsModel &model, const Store &store, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_store(store),
      m_debounce(new QTimer(this)),
      m_account(new QComboBox(this)),
      m_collection(new QComboBox(this)),
      m_sinceEnabled(new QCheckBox(tr("&From:"), this)),
      m_since(new QDateEdit(this)),
      m_untilEnabled(new QCheckBox(tr("&To:"), this)),
      m_until(new QDateEdit(this)),
      m_author(new QLineEdit(this)),
      m_status(new QLabel(this)),
      m_results(new QListView(this))
{
    setObjectName(QStringLiteral("searchPanel"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::runSearch);
    const auto later = [this] { m_debounce->start(); };

    m_account->setObjectName(QStringLiteral("searchAccountFilter"));
    m_account->setAccessibleName(tr("Account"));
    connect(m_account, &QComboBox::currentIndexChanged, this, later);

    m_collection->setObjectName(QStringLiteral("searchCollectionFilter"));
    m_collection->setAccessibleName(tr("Collection"));
    m_collection->addItem(tr("All collections"), -1);
    for (const Collection collection : allCollections()) {
        if (!isContactCollection(collection))
            m_collection->addItem(UiFormat::collectionTitle(collection), int(collection));
    }
    connect(m_collection, &QComboBox::currentIndexChanged, this, later);

    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_since, m_until}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        connect(edit, &QDateEdit::dateChanged, this, later);
    }
    m_since->setObjectName(QStringLiteral("searchSinceEdit"));
    m_since->setAccessibleName(tr("From date"));
    m_since->setDate(today.addYears(-1));
    m_until->setObjectName(QStringLiteral("searchUntilEdit"));
    m_until->setAccessibleName(tr("To date"));
    m_until->setDate(today);
    m_sinceEnabled->setObjectName(QStringLiteral("searchSinceCheck"));
    m_untilEnabled->setObjectName(QStringLiteral("searchUntilCheck"));
    connect(m_sinceEnabled, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_untilEnabled, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    connect(m_sinceEnabled, &QCheckBox::toggled, this, later);
    connect(m_untilEnabled, &QCheckBox::toggled, this, later);

    m_author->setObjectName(QStringLiteral("searchAuthorEdit"));
    m_author->setPlaceholderText(tr("Any author"));
    m_author->setAccessibleName(tr("Author"));
    m_author->setClearButtonEnabled(true);
    connect(m_author, &QLineEdit::textChanged, this, later);

    m_status->setObjectName(QStringLiteral("searchStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);

    m_results->setObjectName(QStringLiteral("searchResultsList"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setModel(&m_model);
    auto *delegate = new ItemDelegate(m_results);
    delegate->setAccountNames([this](qint64 accountId) {
        // Only worth saying when results can come from several accounts.
        if (m_account->currentData().toLongLong() != 0 || m_account->count() <= 2)
            return QString();
        const auto account = m_store.account(accountId);
        return account ? account->handle : QString();
    });
    m_results->setItemDelegate(delegate);
    m_results->setUniformItemSizes(true);
    m_results->setAlternatingRowColors(true);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            emit resultSelected(current.data(SearchResultsModel::AccountIdRole).toLongLong(),
                                current.data(SearchResultsModel::PlatformIdRole).toString());
    });

    auto *accountLabel = new QLabel(tr("&Account:"), this);
    accountLabel->setBuddy(m_account);
    auto *collectionLabel = new QLabel(tr("&Collection:"), this);
    collectionLabel->setBuddy(m_collection);
    auto *authorLabel = new QLabel(tr("A&uthor:"), this);
    authorLabel->setBuddy(m_author);

    for (QComboBox *combo : {m_account, m_collection}) {
        // Long handles must not widen the window; the popup still shows them whole.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    auto *filters = new QGridLayout;
    filters->addWidget(accountLabel, 0, 0);
    filters->addWidget(m_account, 0, 1);
    filters->addWidget(collectionLabel, 0, 2);
    filters->addWidget(m_collection, 0, 3);
    filters->addWidget(m_sinceEnabled, 1, 0);
    filters->addWidget(m_since, 1, 1);
    filters->addWidget(m_untilEnabled, 1, 2);
    filters->addWidget(m_until, 1, 3);
    filters->addWidget(authorLabel, 2, 0);
    filters->addWidget(m_author, 2, 1);
    filters->addWidget(m_status, 2, 2, 1, 2);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_results, 1);
    reloadAccounts();
}

void SearchPanel::reloadAccounts()
{
    const qint64 current = m_account->currentData().toLongLong();
    const QSignalBlocker blocker(m_account);
    m_account->clear();
    m_account->addItem(tr("All accounts"), qint64(0));
    for (const Account &account : m_store.accounts())
        m_account->addItem(account.handle, account.id);
    const int index = m_account->findData(current);
    m_account->setCurrentIndex(index < 0 ? 0 : index);
}

void SearchPanel::setText(const QString &text, bool immediately)
{
    m_text = text;
    if (immediately)
        runSearch();
    else
        m_debounce->start();
}

SearchQuery SearchPanel::query() const
{
    SearchQuery query;
    query.text = m_text.trimmed();
    query.author = m_author->text().trimmed();
    query.limit = kResultLimit;
    if (const qint64 account = m_account->currentData().toLongLong(); account != 0)
        query.accountId = account;
    if (const int collection = m_collection->currentData().toInt(); collection >= 0)
        query.collection = Collection(collection);
    // Dates are whole local days: from the start of "from" to the end of "to".
    if (m_sinceEnabled->isChecked())
        query.since = m_since->date().startOfDay().toUTC();
    if (m_untilEnabled->isChecked())
        query.until = m_until->date().addDays(1).startOfDay().toUTC();
    return query;
}

void SearchPanel::runSearch()
{
    m_debounce->stop();
    const SearchQuery q = query();
    if (q.text.isEmpty() && q.author.isEmpty()) {
        m_model.clear();
        m_status->setText(tr("Type words to search for."));
        return;
    }
    if (!m_model.setQuery(q)) {
        m_status->setText(tr("Search failed: %1").arg(m_model.lastError()));
        return;
    }
    const int count = m_model.rowCount();
    m_status->setText(count == 0                ? tr("No matches.")
                      : count >= kResultLimit ? tr("The first %Ln matches.", nullptr, count)
                                              : tr("%Ln match(es).", nullptr, count));
}

} // namespace holdfast::ui
