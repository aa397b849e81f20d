#include "ui/ReportsWindow.h"

#include "models/store/Store.h"
#include "reports/ReportCharts.h"
#include "reports/ReportPdfWriter.h"
#include "ui/DialogSeams.h"
#include "ui/MessageBar.h"
#include "ui/ReportWorker.h"
#include "ui/UiFormat.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace holdfast::ui {

namespace {

/// Waits this long after an edit before computing, so typing a date computes once.
constexpr int kDebounceMs = 250;
/// Size of one chart on screen (drawn at twice the pixels for sharpness).
constexpr QSize kChartSize(420, 280);

constexpr int kKeyRole = Qt::UserRole;       ///< column 0: the figure's CSV key
constexpr int kRawValueRole = Qt::UserRole;  ///< column 1: the number (seconds for times; null if none)

QDateTime startOfDay(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC);
}

} // namespace

ReportsWindow::ReportsWindow(Store &store, qint64 selectedAccountId, QWidget *parent)
    : QWidget(parent, Qt::Window),
      m_store(store),
      m_worker(new ReportWorker(store.dataDirectory(), this)),
      m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("reportsWindow"));
    setWindowTitle(tr("Reports – Holdfast"));
    setAccessibleName(tr("Reports"));

    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(QStringLiteral("reportsMessageBar"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildControls());
    leftLayout->addWidget(buildFigures(), 1);
    auto *buttons = new QHBoxLayout;
    m_exportPdf = new QPushButton(tr("Export &PDF…"), left);
    m_exportPdf->setObjectName(QStringLiteral("exportPdfButton"));
    m_exportPdf->setToolTip(tr("Save this report with its charts as a PDF document"));
    m_exportCsv = new QPushButton(tr("Export CSV of the Fi&gures…"), left);
    m_exportCsv->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportCsv->setToolTip(tr("Save the figures of this report as a CSV file for spreadsheets"));
    buttons->addWidget(m_exportPdf);
    buttons->addWidget(m_exportCsv);
    leftLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("reportsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(buildDetails());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({330, 900});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_messageBar);
    layout->addWidget(splitter, 1);

    auto *close = new QAction(this);
    close->setShortcuts({QKeySequence::Close, QKeySequence(Qt::Key_Escape)});
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);
    // F5 picks up what backups stored since the figures were computed.
    auto *refresh = new QAction(this);
    refresh->setObjectName(QStringLiteral("reportRefreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, &ReportsWindow::scheduleRecompute);
    addAction(refresh);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ReportsWindow::recompute);
    connect(m_worker, &ReportWorker::computed, this,
            [this](quint64, const ReportFigures &figures) { showFigures(figures); });
    connect(m_worker, &ReportWorker::failed, this, [this](quint64, const QString &message) { showFailure(message); });
    connect(m_exportPdf, &QPushButton::clicked, this, &ReportsWindow::exportPdf);
    connect(m_exportCsv, &QPushButton::clicked, this, &ReportsWindow::exportCsv);

    // Accounts: the selected one checked (or the first), so the window opens on something.
    const QList<Account> accounts = m_store.accounts();
    bool anyChecked = false;
    for (const Account &account : accounts) {
        auto *entry = new QListWidgetItem(account.handle, m_accounts);
        entry->setData(Qt::UserRole, account.id);
        entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        const bool checked = account.id == selectedAccountId;
        entry->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        anyChecked = anyChecked || checked;
    }
    if (!anyChecked && m_accounts->count() > 0)
        m_accounts->item(0)->setCheckState(Qt::Checked);
    if (m_accounts->count() > 0)
        m_accounts->setCurrentRow(0);
    connect(m_accounts, &QListWidget::itemChanged, this, &ReportsWindow::scheduleRecompute);

    m_preset->setCurrentIndex(int(Preset::Last30Days));
    applyPreset(int(Preset::Last30Days));
    connect(m_preset, &QComboBox::activated, this, &ReportsWindow::applyPreset);

    setTabOrder(m_accounts, m_preset);
    setTabOrder(m_preset, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_table);
    setTabOrder(m_table, m_exportPdf);
    setTabOrder(m_exportPdf, m_exportCsv);
    m_accounts->setFocus();
    resize(1240, 780);
}

ReportsWindow::~ReportsWindow() = default;

QWidget *ReportsWindow::buildControls()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_accounts = new QListWidget(box);
    m_accounts->setObjectName(QStringLiteral("reportAccounts"));
    m_accounts->setAccessibleName(tr("Accounts in the report"));
    m_accounts->setToolTip(tr("Check the accounts to report on; their figures are added up (Space checks)"));
    m_accounts->setMaximumHeight(110);
    auto *accountsLabel = new QLabel(tr("&Accounts:"), box);
    accountsLabel->setBuddy(m_accounts);
    form->addRow(accountsLabel, m_accounts);

    m_preset = new QComboBox(box);
    m_preset->setObjectName(QStringLiteral("reportPreset"));
    m_preset->setAccessibleName(tr("Period"));
    m_preset->addItem(tr("Custom period"));
    m_preset->addItem(tr("Last 7 days"));
    m_preset->addItem(tr("Last 30 days"));
    m_preset->addItem(tr("Last month"));
    m_preset->addItem(tr("This year"));
    auto *presetLabel = new QLabel(tr("P&eriod:"), box);
    presetLabel->setBuddy(m_preset);
    form->addRow(presetLabel, m_preset);

    const auto makeDateEdit = [box](const QString &name, const QString &accessibleName) {
        auto *edit = new QDateEdit(box);
        edit->setObjectName(name);
        edit->setAccessibleName(accessibleName);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(QDate(1990, 1, 1));
        return edit;
    };
    m_from = makeDateEdit(QStringLiteral("reportFrom"), tr("First day of the period"));
    m_to = makeDateEdit(QStringLiteral("reportTo"), tr("Last day of the period (included)"));
    auto *fromLabel = new QLabel(tr("&From:"), box);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), box);
    toLabel->setBuddy(m_to);
    form->addRow(fromLabel, m_from);
    form->addRow(toLabel, m_to);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportsWindow::onPeriodEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsWindow::onPeriodEdited);

    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_busy = new QProgressBar(box);
    m_busy->setObjectName(QStringLiteral("reportBusy"));
    m_busy->setRange(0, 0); // busy: computeReport() cannot tell how far it is
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->setAccessibleName(tr("Computing the figures"));
    m_busy->hide();
    form->addRow(m_status);
    form->addRow(m_busy);
    return box;
}

QWidget *ReportsWindow::buildFigures()
{
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("reportFigures"));
    m_table->setAccessibleName(tr("Headline figures"));
    m_table->setHorizontalHeaderLabels({tr("Figure"), tr("Value")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    return m_table;
}

QWidget *ReportsWindow::buildDetails()
{
    // The PDF's pages after the headline figures: charts, then the lists.
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("reportTabs"));
    tabs->addTab(buildCharts(), tr("C&harts"));
    m_topContacts = makeList(QStringLiteral("reportTopContacts"), tr("Top contacts by interactions"),
                             {tr("Contact"), tr("Mentions and replies"), tr("DMs received"), tr("DMs sent"),
                              tr("Own replies"), tr("Total")},
                             0);
    m_unanswered = makeList(QStringLiteral("reportUnanswered"), tr("Unanswered mentions and conversations"),
                            {tr("Date"), tr("Type"), tr("From"), tr("Text")}, 3);
    m_topPosts = makeList(QStringLiteral("reportTopPosts"), tr("Top posts by engagement"),
                          {tr("Date"), tr("Text"), tr("Favourites"), tr("Boosts"), tr("Replies"), tr("Total")}, 1);
    tabs->addTab(m_topContacts, tr("Top &Contacts"));
    tabs->addTab(m_unanswered, tr("&Unanswered"));
    tabs->addTab(m_topPosts, tr("Top P&osts"));
    return tabs;
}

/// A read-only list; `stretchColumn` (the text or the name) takes the room that is left.
QTableWidget *ReportsWindow::makeList(const QString &name, const QString &accessibleName, const QStringList &headers,
                                      int stretchColumn)
{
    auto *table = new QTableWidget(0, int(headers.size()), this);
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    return table;
}

void ReportsWindow::showLists(const ReportFigures &figures)
{
    const QLocale locale;
    const auto text = [](const QString &value) { return new QTableWidgetItem(value); };
    const auto number = [&locale](qint64 value) {
        auto *cell = new QTableWidgetItem(locale.toString(value));
        cell->setData(Qt::UserRole, value);
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return cell;
    };
    const auto excerpt = [](const QString &value) { return value.simplified().left(200); };

    m_topContacts->setRowCount(int(figures.topContacts.size()));
    for (int row = 0; row < figures.topContacts.size(); ++row) {
        const ContactInteractions &contact = figures.topContacts[row];
        auto *who = text(QStringLiteral("@") + contact.handle);
        who->setToolTip(contact.displayName);
        m_topContacts->setItem(row, 0, who);
        m_topContacts->setItem(row, 1, number(contact.mentions));
        m_topContacts->setItem(row, 2, number(contact.messagesReceived));
        m_topContacts->setItem(row, 3, number(contact.messagesSent));
        m_topContacts->setItem(row, 4, number(contact.repliesSent));
        m_topContacts->setItem(row, 5, number(contact.total()));
    }
    m_unanswered->setRowCount(int(figures.unanswered.size()));
    for (int row = 0; row < figures.unanswered.size(); ++row) {
        const UnansweredEntry &entry = figures.unanswered[row];
        m_unanswered->setItem(row, 0, text(UiFormat::shortDateTime(entry.item.createdAt)));
        m_unanswered->setItem(row, 1, text(entry.kind == u"mention" ? tr("Mention") : tr("Conversation")));
        m_unanswered->setItem(row, 2, text(QStringLiteral("@") + entry.item.author.handle));
        m_unanswered->setItem(row, 3, text(excerpt(entry.item.text)));
    }
    m_topPosts->setRowCount(int(figures.topPosts.size()));
    for (int row = 0; row < figures.topPosts.size(); ++row) {
        const Item &post = figures.topPosts[row].item;
        m_topPosts->setItem(row, 0, text(UiFormat::shortDateTime(post.createdAt)));
        m_topPosts->setItem(row, 1, text(excerpt(post.text)));
        m_topPosts->setItem(row, 2, number(post.favouriteCount));
        m_topPosts->setItem(row, 3, number(post.boostCount));
        m_topPosts->setItem(row, 4, number(post.replyCount));
        m_topPosts->setItem(row, 5, number(figures.topPosts[row].engagement()));
    }
}

QWidget *ReportsWindow::buildCharts()
{
    auto *area = new QScrollArea(this);
    area->setObjectName(QStringLiteral("reportCharts"));
    area->setAccessibleName(tr("Charts"));
    area->setWidgetResizable(true);
    area->setFocusPolicy(Qt::StrongFocus); // arrow keys scroll the charts
    auto *canvas = new QWidget(area);
    canvas->setBackgroundRole(QPalette::Base);
    canvas->setAutoFillBackground(true);
    m_chartGrid = new QGridLayout(canvas);
    m_chartGrid->setSpacing(12);
    area->setWidget(canvas);
    return area;
}

std::pair<QDate, QDate> ReportsWindow::presetPeriod(Preset preset, QDate today)
{
    switch (preset) {
    case Preset::Last7Days:
        return {today.addDays(-6), today};
    case Preset::Last30Days:
        return {today.addDays(-29), today};
    case Preset::LastMonth: {
        const QDate first(today.year(), today.month(), 1);
        return {first.addMonths(-1), first.addDays(-1)};
    }
    case Preset::ThisYear:
        return {QDate(today.year(), 1, 1), today};
    case Preset::Custom:
        break;
    }
    return {today, today};
}

void ReportsWindow::applyPreset(int index)
{
    const auto preset = Preset(index);
    if (preset == Preset::Custom)
        return;
    const auto [from, to] = presetPeriod(preset, QDateTime::currentDateTimeUtc().date());
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    scheduleRecompute();
}

void ReportsWindow::setPeriod(QDate from, QDate to)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    onPeriodEdited();
}

void ReportsWindow::onPeriodEdited()
{
    m_preset->setCurrentIndex(int(Preset::Custom));
    scheduleRecompute();
}

void ReportsWindow::scheduleRecompute()
{
    // What is shown no longer matches the choice: no export until the new figures are in.
    setBusy(true);
    m_debounce->start();
}

QList<qint64> ReportsWindow::checkedAccounts() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_accounts->count(); ++row) {
        if (m_accounts->item(row)->checkState() == Qt::Checked)
            ids.append(m_accounts->item(row)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

void ReportsWindow::recompute()
{
    ReportOptions options;
    options.accountIds = checkedAccounts();
    options.since = startOfDay(m_from->date());
    options.until = startOfDay(m_to->date().addDays(1));
    if (options.accountIds.isEmpty()) {
        m_worker->cancel();
        showFailure(tr("Check at least one account to see its figures."));
        return;
    }
    if (m_from->date() > m_to->date()) {
        m_worker->cancel();
        showFailure(tr("The period starts after it ends: choose a first day before the last day."));
        return;
    }
    m_status->setText(tr("Computing the figures…"));
    m_worker->request(options);
}

void ReportsWindow::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_exportPdf->setEnabled(!busy && m_figures.has_value());
    m_exportCsv->setEnabled(!busy && m_figures.has_value());
}

void ReportsWindow::showFigures(const ReportFigures &figures)
{
    m_figures = figures;
    const QLocale locale;
    struct Row
    {
        QString key;
        QString label;
        QVariant raw;
        QString shown;
    };
    QList<Row> rows;
    const auto count = [&](const QString &key, const QString &label, qint64 value) {
        rows.append({key, label, value, locale.toString(value)});
    };
    count(QStringLiteral("posts"), tr("Posts"), figures.posts);
    count(QStringLiteral("replies"), tr("Replies"), figures.replies);
    count(QStringLiteral("boosts"), tr("Boosts"), figures.boosts);
    count(QStringLiteral("mentions_received"), tr("Mentions received"), figures.mentionsReceived);
    count(QStringLiteral("messages_sent"), tr("Direct messages sent"), figures.messagesSent);
    count(QStringLiteral("messages_received"), tr("Direct messages received"), figures.messagesReceived);
    count(QStringLiteral("new_followers"), tr("New followers"), figures.newFollowers);
    count(QStringLiteral("lost_followers"), tr("Lost followers"), figures.lostFollowers);
    count(QStringLiteral("followers_at_start"), tr("Followers at start"), figures.followersAtStart);
    count(QStringLiteral("followers_at_end"), tr("Followers at end"), figures.followersAtEnd);
    count(QStringLiteral("engagement"), tr("Engagement"), figures.engagement);
    count(QStringLiteral("favourites"), tr("Favourites received"), figures.favourites);
    count(QStringLiteral("boosts_received"), tr("Boosts received"), figures.boostsReceived);
    count(QStringLiteral("replies_received"), tr("Replies received"), figures.repliesReceived);
    const auto times = [&](const QString &section, const QString &what, const ResponseTimes &response) {
        count(section + QStringLiteral(".answered"), tr("%1 answered").arg(what), response.answered);
        count(section + QStringLiteral(".unanswered"), tr("%1 unanswered").arg(what), response.unanswered);
        const auto duration = [&](const QString &key, const QString &label, std::optional<qint64> seconds) {
            rows.append({section + key, label, seconds ? QVariant(*seconds) : QVariant(), formatDuration(seconds)});
        };
        duration(QStringLiteral(".median_seconds"), tr("%1: median response time").arg(what), response.medianSeconds);
        duration(QStringLiteral(".p90_seconds"), tr("%1: 90th percentile").arg(what), response.p90Seconds);
    };
    times(QStringLiteral("mention_response"), tr("Mentions"), figures.mentionResponse);
    times(QStringLiteral("message_response"), tr("Direct messages"), figures.messageResponse);

    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        auto *label = new QTableWidgetItem(rows[i].label);
        label->setData(kKeyRole, rows[i].key);
        auto *value = new QTableWidgetItem(rows[i].shown);
        value->setData(kRawValueRole, rows[i].raw);
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 0, label);
        m_table->setItem(i, 1, value);
    }

    // The charts: the very list the PDF prints, with translated words.
    reports::ReportChartTexts texts;
    texts.activityPerMonth = tr("Own posts and replies per month");
    texts.activityPerWeek = tr("Own posts and replies per week");
    texts.mentionsAndMessages = tr("Mentions and direct messages per month");
    texts.followers = tr("Followers at the end of each month");
    texts.postsAndReplies = tr("Posts and replies");
    texts.mentions = tr("Mentions");
    texts.messages = tr("Direct messages");
    texts.followerCount = tr("Followers");
    while (QLayoutItem *old = m_chartGrid->takeAt(0)) {
        delete old->widget();
        delete old;
    }
    const QList<reports::ReportChart> charts = reports::reportCharts(figures, texts, kChartSize);
    for (int i = 0; i < charts.size(); ++i) {
        QImage image = charts[i].image;
        image.setDevicePixelRatio(double(image.width()) / kChartSize.width());
        auto *chart = new QLabel(m_chartGrid->parentWidget());
        chart->setObjectName(QStringLiteral("chart-") + charts[i].id);
        chart->setPixmap(QPixmap::fromImage(image));
        chart->setAlignment(Qt::AlignCenter);
        chart->setAccessibleName(charts[i].title);
        QStringList values; // what the picture shows, for screen readers
        for (const reports::ChartSeries &series : charts[i].series) {
            QStringList points;
            for (const SeriesPoint &point : series.points)
                points.append(tr("%1: %2").arg(point.period, locale.toString(point.value)));
            values.append(series.name + QStringLiteral(" – ") + points.join(QStringLiteral(", ")));
        }
        chart->setAccessibleDescription(values.join(QStringLiteral("; ")));
        m_chartGrid->addWidget(chart, i / 2, i % 2);
    }
    m_chartGrid->setRowStretch(int(charts.size() + 1) / 2, 1);

    showLists(figures);

    m_status->setText(tr("%1 to %2 · %3")
                          .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate),
                               figures.accounts.join(QStringLiteral(", "))));
    setBusy(false);
    emit figuresShown();
}

void ReportsWindow::showFailure(const QString &message)
{
    m_figures.reset();
    for (QTableWidget *table : {m_table, m_topContacts, m_unanswered, m_topPosts})
        table->setRowCount(0);
    while (QLayoutItem *old = m_chartGrid->takeAt(0)) {
        delete old->widget();
        delete old;
    }
    m_status->setText(message);
    setBusy(false);
}

QString ReportsWindow::suggestedPath(const QString &extension) const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString name = QStringLiteral("holdfast-report-%1-%2.%3")
                             .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate), extension);
    return QDir(folder).filePath(name);
}

void ReportsWindow::exportPdf()
{
    if (!m_figures)
        return;
    const QString path =
        FileDialogs::saveFileName(this, tr("Export Report as PDF"), suggestedPath(QStringLiteral("pdf")), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    // On this thread: the charts are Qt Charts widgets, which live on the GUI thread only;
    // drawing a few pages takes well under a second.
    auto written = reports::writeReportPdf(*m_figures, path);
    if (!written) {
        m_messageBar->showMessage(tr("Could not save the report: %1").arg(written.errorMessage()), MessageBar::Type::Error);
        return;
    }
    m_messageBar->showMessage(tr("Saved the report to %1.").arg(QDir::toNativeSeparators(path)), MessageBar::Type::Positive);
}

void ReportsWindow::exportCsv()
{
    if (!m_figures)
        return;
    const QString path = FileDialogs::saveFileName(this, tr("Export Figures as CSV"), suggestedPath(QStringLiteral("csv")),
                                                   tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // QSaveFile: an existing file is only replaced once the new one is complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_messageBar->showMessage(tr("Could not save the figures to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                                  MessageBar::Type::Error);
        return;
    }
    auto written = writeReportCsv(*m_figures, &file);
    if (!written || !file.commit()) {
        m_messageBar->showMessage(tr("Could not save the figures to %1: %2")
                                      .arg(QDir::toNativeSeparators(path), written ? file.errorString() : written.errorMessage()),
                                  MessageBar::Type::Error);
        return;
    }
    m_messageBar->showMessage(tr("Saved the figures to %1.").arg(QDir::toNativeSeparators(path)), MessageBar::Type::Positive);
}

} // namespace holdfast::ui
