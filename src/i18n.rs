//! The interface's words in three languages: every label, title, hint and notice the explorer
//! and the CLI's tables show comes from [`Msg`], in one [`Lang`] at a time.
//!
//! The language is chosen by `--lang`, else the config file's `language`, else the locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`): see [`Lang::from_locale`].

use std::fmt;
use std::str::FromStr;

use crate::compare::Outcome;
use crate::model::{Category, Commitment, Script};
use crate::search::Kind;

/// A language the interface speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, clap::ValueEnum, serde::Deserialize)]
#[serde(try_from = "String")]
pub enum Lang {
    /// Chinese in Simplified characters.
    #[value(name = "zh-Hans")]
    Hans,
    /// Chinese in Traditional characters.
    #[value(name = "zh-Hant")]
    Hant,
    /// English.
    #[default]
    #[value(name = "en")]
    En,
}

impl Lang {
    /// Every language, in the order of the table's columns.
    pub const ALL: [Lang; 3] = [Lang::Hans, Lang::Hant, Lang::En];

    /// The BCP 47 tag: `zh-Hans`, `zh-Hant`, `en`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Hans => "zh-Hans",
            Lang::Hant => "zh-Hant",
            Lang::En => "en",
        }
    }

    /// The Chinese of a report's script: how its own words (力爭, 確保) are written.
    pub fn of_script(script: Script) -> Lang {
        match script {
            Script::Simplified => Lang::Hans,
            Script::Traditional => Lang::Hant,
        }
    }

    /// The language a POSIX locale names (`zh_CN.UTF-8`, `zh_TW`, `en_GB`, `C`): zh_CN and
    /// zh_SG (and zh-Hans) are Simplified, zh_TW, zh_HK and zh_MO (and zh-Hant) Traditional,
    /// anything else English.
    pub fn from_locale(locale: &str) -> Lang {
        let name = locale.split(['.', '@']).next().unwrap_or("");
        let mut parts = name.split(['_', '-']);
        if !parts.next().is_some_and(|l| l.eq_ignore_ascii_case("zh")) {
            return Lang::En;
        }
        let hant = ["tw", "hk", "mo", "hant"];
        match parts.next() {
            Some(region) if hant.iter().any(|r| region.eq_ignore_ascii_case(r)) => Lang::Hant,
            _ => Lang::Hans,
        }
    }

    /// The language of the environment: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is
    /// set and not empty, as POSIX orders them; English without one. `var` reads a variable.
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|name| var(name).filter(|v| !v.is_empty()))
            .map_or(Lang::En, |locale| Lang::from_locale(&locale))
    }

    /// The words for `msg` in this language.
    pub fn text(self, msg: Msg) -> &'static str {
        let [hans, hant, en] = msg.texts();
        match self {
            Lang::Hans => hans,
            Lang::Hant => hant,
            Lang::En => en,
        }
    }

    /// The words for `msg` with each `{}` filled, in order, by one of `args` (data such as a
    /// query or a count; an argument that itself holds `{}` is not filled again).
    pub fn fill(self, msg: Msg, args: &[&dyn fmt::Display]) -> String {
        let mut pieces = self.text(msg).split("{}");
        let mut out = pieces.next().unwrap_or("").to_string();
        let mut args = args.iter();
        for piece in pieces {
            if let Some(arg) = args.next() {
                out.push_str(&arg.to_string());
            }
            out.push_str(piece);
        }
        out
    }

    /// A deadline at the end of a month: `by 2023-06`, `2023年6月前`.
    pub fn by_month(self, year: u16, month: u8) -> String {
        match self {
            Lang::Hans | Lang::Hant => format!("{year}年{month}月前"),
            Lang::En => format!("by {year}-{month:02}"),
        }
    }

    /// The name of a category in this language.
    pub fn category(self, category: Category) -> &'static str {
        self.text(Msg::Category(category))
    }

    /// How a tracked target fared: met, missed, no result, incomparable.
    pub fn outcome(self, outcome: Outcome) -> &'static str {
        self.text(match outcome {
            Outcome::Met => Msg::OutcomeMet,
            Outcome::Missed => Msg::OutcomeMissed,
            Outcome::NoResult => Msg::OutcomeNoResult,
            Outcome::Incomparable => Msg::OutcomeIncomparable,
        })
    }

    /// The label of a search hit's kind: heading, sentence, target, result.
    pub fn kind(self, kind: Kind) -> &'static str {
        self.text(match kind {
            Kind::Heading => Msg::KindHeading,
            Kind::Sentence => Msg::KindSentence,
            Kind::Target => Msg::KindTarget,
            Kind::Result => Msg::KindResult,
        })
    }

    /// The word for a commitment (确保 / 確保 / ensure); empty for a plain figure.
    pub fn commitment(self, commitment: Commitment) -> &'static str {
        match commitment {
            Commitment::Plain => "",
            Commitment::Ensure => self.text(Msg::Ensure),
            Commitment::Strive => self.text(Msg::Strive),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// A language name that is not one of `zh-Hans`, `zh-Hant`, `en`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a language: use zh-Hans, zh-Hant or en")]
pub struct UnknownLang(pub String);

impl TryFrom<String> for Lang {
    type Error = UnknownLang;

    fn try_from(name: String) -> Result<Self, Self::Error> {
        name.parse()
    }
}

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(s))
            .ok_or_else(|| UnknownLang(s.to_owned()))
    }
}

/// Declares the messages: a name, then the words in zh-Hans, zh-Hant and English.
macro_rules! messages {
    ($($(#[$doc:meta])* $name:ident => [$hans:literal, $hant:literal, $en:literal],)*) => {
        /// Something the interface says; [`Lang::text`] gives its words.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Msg {
            $($(#[$doc])* $name,)*
            /// The name of a category of targets.
            Category(Category),
        }

        impl Msg {
            /// Every message, categories included, for tests and for tools listing them.
            pub fn all() -> Vec<Msg> {
                let mut all = vec![$(Msg::$name,)*];
                all.extend(Category::ALL.into_iter().map(Msg::Category));
                all
            }

            /// The words in zh-Hans, zh-Hant and English.
            fn texts(self) -> [&'static str; 3] {
                match self {
                    $(Msg::$name => [$hans, $hant, $en],)*
                    Msg::Category(category) => category_texts(category),
                }
            }
        }
    };
}

messages! {
    // Panes, overlays and their titles.
    /// The outline pane's title.
    Outline => ["目录", "目錄", "Outline"],
    /// The reader pane's title.
    Reader => ["正文", "正文", "Reader"],
    /// The targets pane's title.
    Targets => ["目标", "目標", "Targets"],
    /// The targets pane's title over last year's results.
    Results => ["成果", "成果", "Results"],
    /// The search overlay's title.
    Search => ["搜索", "搜尋", "Search"],
    /// A search's hit count when more items matched than it keeps (`{}` the number kept).
    HitsAtLeast => ["逾{}", "逾{}", "{}+"],
    /// The report list's title.
    Reports => ["报告", "報告", "Reports"],
    /// After a report's count of targets in the report list.
    CountTargets => ["项目标", "項目標", "targets"],
    /// After a report's count of results in the report list.
    CountResults => ["项成果", "項成果", "results"],
    /// The help overlay's title.
    HelpTitle => ["按键（Esc 关闭）", "按鍵（Esc 關閉）", "Keys (Esc closes)"],
    /// The targets table's title.
    TargetsTable => ["目标一览", "目標一覽", "All targets"],
    /// The table's category filter when it shows every category.
    AllCategories => ["全部", "全部", "all"],
    /// The search overlay while the search index is still being made.
    Indexing => ["正在建立索引…", "正在建立索引…", "indexing…"],
    /// The status line while a library loads (`{}` reports loaded, `{}` found).
    LoadingReports => ["载入报告 {}/{}", "載入報告 {}/{}", "loading reports {}/{}"],
    /// When a library has loaded with datasets left out (`{}` how many).
    DatasetsSkipped => ["{} 个数据集未能载入，退出时列出原因", "{} 個資料集未能載入，退出時列出原因", "{} datasets skipped: why is printed when you quit"],
    /// The search overlay when nothing matched.
    NoMatches => ["无结果", "無結果", "no matches"],
    /// The targets pane over a section without figures.
    NoFiguresHere => ["此部分无量化目标", "此部分無量化目標", "no figures here"],
    /// The targets table when its filter matches no row.
    NoTargetsMatch => ["无匹配目标", "無匹配目標", "no targets match"],
    /// The notice in a terminal too small to draw in.
    TooSmall => ["窗口太小", "視窗太小", "window too small"],
    // Column headers of the explorer's targets table.
    /// The subject column.
    ColSubject => ["指标", "指標", "subject"],
    /// The target column.
    ColTarget => ["目标", "目標", "target"],
    /// The section column.
    ColSection => ["章节", "章節", "section"],
    // Kinds of search results.
    /// A heading found by search.
    KindHeading => ["标题", "標題", "heading"],
    /// A sentence found by search.
    KindSentence => ["正文", "正文", "sentence"],
    /// A target found by search.
    KindTarget => ["目标", "目標", "target"],
    /// A result found by search.
    KindResult => ["成果", "成果", "result"],
    // Figures.
    /// 确保: a level the report promises.
    Ensure => ["确保", "確保", "ensure"],
    /// 力争: a level the report strives for.
    Strive => ["力争", "力爭", "strive"],
    /// A period of every year.
    EachYear => ["每年", "每年", "each year"],
    // The status line and hints.
    /// What a hint line shows for typing itself.
    Type => ["输入", "輸入", "type"],
    /// The help line for the mouse.
    Mouse => ["鼠标", "滑鼠", "mouse"],
    /// What the mouse does.
    MouseHelp => ["点击选中，滚轮滚动", "點擊選取，滾輪捲動", "click selects, wheel scrolls"],
    /// The script the reader shows: Simplified.
    ScriptSimplified => ["简体", "簡體", "Simplified"],
    /// The script the reader shows: Traditional.
    ScriptTraditional => ["繁体", "繁體", "Traditional"],
    // Hint and help labels, one per line of help or hint.
    /// Help: move and scroll.
    HelpMove => ["移动选择，滚动正文", "移動選擇，捲動正文", "move the selection, scroll the reader"],
    /// Help: page down / up.
    HelpPage => ["下一页 / 上一页", "下一頁 / 上一頁", "page down / up"],
    /// Help: half a page.
    HelpHalfPage => ["下半页 / 上半页", "下半頁 / 上半頁", "half a page down / up"],
    /// Help: first / last.
    HelpFirstLast => ["第一个 / 最后一个", "第一個 / 最後一個", "first / last"],
    /// Help: next / previous pane.
    HelpPane => ["下一窗格 / 上一窗格", "下一窗格 / 上一窗格", "next / previous pane"],
    /// Help: open.
    HelpOpen => ["打开章节，跳到目标", "打開章節，跳到目標", "open a section, jump to a target"],
    /// Help: fold.
    HelpFold => ["折叠 / 展开（目录），翻页（正文）", "摺疊 / 展開（目錄），翻頁（正文）", "fold / unfold (outline), page (reader)"],
    /// Help: collapse / expand.
    HelpCollapse => ["收起 / 展开（目录）", "收起 / 展開（目錄）", "collapse / expand (outline)"],
    /// Help: previous / next section.
    HelpSection => ["上一节 / 下一节", "上一節 / 下一節", "previous / next section"],
    /// Help: the targets table.
    HelpTargets => ["目标一览表", "目標一覽表", "targets table"],
    /// Help: the report list.
    HelpReports => ["切换到另一份已打开的报告", "切換到另一份已開啟的報告", "reports: switch to another opened report"],
    /// Help: categories in the table.
    HelpCategory => ["一览表：下一类 / 上一类", "一覽表：下一類 / 上一類", "table: next / previous category"],
    /// Help: search.
    HelpSearch => ["搜索（一览表中：筛选）", "搜尋（一覽表中：篩選）", "search (in the table: filter)"],
    /// Help: search results.
    HelpResult => ["下一个 / 上一个搜索结果", "下一個 / 上一個搜尋結果", "next / previous search result"],
    /// Help: close.
    HelpClose => ["关闭浮窗，清除高亮", "關閉浮窗，清除醒目提示", "close an overlay, clear a highlight"],
    /// Help: switch the script.
    HelpScript => ["切换原文 / 简体 / 繁体", "切換原文 / 簡體 / 繁體", "script: as written / Simplified / Traditional"],
    /// Help: this help.
    HelpHelp => ["本帮助", "本說明", "this help"],
    /// Help: quit.
    HelpQuit => ["退出", "結束", "quit"],
    /// Help: redraw the screen.
    HelpRedraw => ["重绘整个屏幕", "重繪整個螢幕", "redraw the whole screen"],
    /// Help: words in an input.
    HelpInputWord => ["输入：左移 / 右移一词", "輸入：左移 / 右移一詞", "input: word left / right"],
    /// Help: start / end of an input.
    HelpInputLine => ["输入：行首 / 行尾", "輸入：行首 / 行尾", "input: start / end"],
    /// Help: deleting in an input.
    HelpInputDelete => ["输入：删除一词 / 删至行首", "輸入：刪除一詞 / 刪至行首", "input: delete word / to start"],
    /// Hint: move.
    HintMove => ["移动", "移動", "move"],
    /// Hint: pane.
    HintPane => ["窗格", "窗格", "pane"],
    /// Hint: open.
    HintOpen => ["打开", "打開", "open"],
    /// Hint: fold.
    HintFold => ["折叠", "摺疊", "fold"],
    /// Hint: section.
    HintSection => ["章节", "章節", "section"],
    /// Hint: targets.
    HintTargets => ["目标", "目標", "targets"],
    /// Hint: the report list.
    HintReports => ["报告", "報告", "reports"],
    /// Hint: search this report or all.
    HintScope => ["本报告/全部", "本報告/全部", "this report/all"],
    /// Hint: search.
    HintSearch => ["搜索", "搜尋", "search"],
    /// Hint: script.
    HintScript => ["简繁", "簡繁", "script"],
    /// Hint: help.
    HintHelp => ["帮助", "說明", "help"],
    /// Hint: quit.
    HintQuit => ["退出", "結束", "quit"],
    /// Hint: copy with a citation.
    HintCopy => ["复制", "複製", "copy"],
    /// Hint: move across the comparison's columns.
    HintAcross => ["左右", "左右", "across"],
    /// Hint: change the indicator (narrow comparison).
    HintIndicator => ["指标", "指標", "indicator"],
    /// Hint: show the chart.
    HintChart => ["图表", "圖表", "chart"],
    /// Hint: back to the table.
    HintTable => ["表格", "表格", "table"],
    /// Help: compare indicators.
    HelpCompare => ["对比各报告的指标", "對比各報告的指標", "compare indicators across the opened reports"],
    /// Help: the chart of the comparison.
    HelpChart => ["对比：所选指标的图表", "對比：所選指標的圖表", "comparison: chart of the selected indicator"],
    /// Help: copy with a citation.
    HelpCopy => ["复制（附出处）/ 原句或整段", "複製（附出處）/ 原句或整段", "copy with its source / quote or whole paragraph"],
    /// Help: back and forward past jumps.
    HelpBack => ["后退 / 前进（跳转记录）", "後退 / 前進（跳轉記錄）", "back / forward past jumps"],
    /// Help: bookmarks.
    HelpBookmark => ["加书签（再按取消）/ 书签列表", "加書籤（再按取消）/ 書籤列表", "bookmark (again: remove) / bookmark list"],
    /// Help: deleting a bookmark.
    HelpDeleteBookmark => ["删除书签（字母键限筛选为空）", "刪除書籤（字母鍵限篩選為空）", "bookmark list: delete (letters when unfiltered)"],
    /// Hint: delete.
    HintDelete => ["删除", "刪除", "delete"],
    /// The bookmark list's title.
    Bookmarks => ["书签", "書籤", "Bookmarks"],
    /// A bookmark of a report that is not open.
    NotOpen => ["未打开", "未開啟", "not open"],
    /// Status: a bookmark was made, with its label.
    BookmarkAdded => ["已加书签：{}", "已加書籤：{}", "bookmarked: {}"],
    /// Status: a bookmark was removed, with its label.
    BookmarkRemoved => ["已删除书签：{}", "已刪除書籤：{}", "bookmark removed: {}"],
    /// Status: the bookmark key has nothing to bookmark where it was pressed.
    NothingToBookmark => ["这里没有可加书签的内容", "這裡沒有可加書籤的內容", "nothing to bookmark here"],
    /// Status: Enter on a bookmark of a report that is not open, with the report's id.
    ReportNotOpen => ["报告未打开：{}", "報告未開啟：{}", "the report is not open: {}"],
    /// Hint: jump.
    HintJump => ["跳转", "跳轉", "jump"],
    /// Hint: filter.
    HintFilter => ["筛选", "篩選", "filter"],
    /// Hint: category.
    HintCategory => ["类别", "類別", "category"],
    /// Hint: back.
    HintBack => ["返回", "返回", "back"],
    /// Hint: select.
    HintSelect => ["选择", "選擇", "select"],
    /// Hint: delete a word.
    HintWord => ["删词", "刪詞", "word"],
    /// Hint: done.
    HintDone => ["完成", "完成", "done"],
    /// Help: jump to the next year's result of the selected target.
    HelpFollow => ["目标：跳到次年报告中的结果", "目標：跳到次年報告中的結果", "target: its result in next year's report"],
    /// Hint: jump to the next year's result.
    HintFollow => ["次年结果", "次年結果", "next year"],
    /// Following a target whose region has no next-year report open.
    NoNextReport => ["没有打开该地区次年的报告", "沒有開啟該地區次年的報告", "no report of the next year for this region is open"],
    // Column headers of the CLI's tables (JSON and CSV keys stay English).
    /// The report a row comes from.
    ColReport => ["报告", "報告", "report"],
    /// Last year's results when the reports' years differ.
    ColPast => ["上年", "上年", "past"],
    /// A standard indicator.
    ColIndicator => ["指标", "指標", "indicator"],
    /// An id.
    ColId => ["代码", "代碼", "id"],
    /// A name.
    ColName => ["名称", "名稱", "name"],
    /// An English name.
    ColEnglish => ["英文名", "英文名", "english"],
    /// A unit.
    ColUnit => ["单位", "單位", "unit"],
    /// Targets linked to an indicator.
    ColTargets => ["目标", "目標", "targets"],
    /// Results linked to an indicator.
    ColResults => ["成果", "成果", "results"],
    /// A result.
    ColResult => ["成果", "成果", "result"],
    /// Whether a target was met.
    ColOutcome => ["完成情况", "完成情況", "outcome"],
    /// A target's words in the report.
    ColTargetQuote => ["目标原文", "目標原文", "target quote"],
    /// A result's words in the report.
    ColResultQuote => ["成果原文", "成果原文", "result quote"],
    /// The kind of a search hit (upper case in English, as the search table writes it).
    ColKind => ["类型", "類型", "KIND"],
    /// The section of a search hit.
    ColWhere => ["章节", "章節", "SECTION"],
    /// The text of a search hit.
    ColText => ["内容", "內容", "TEXT"],
    /// When a bookmark was made.
    ColCreated => ["创建时间", "建立時間", "created"],
    /// A bookmark's label.
    ColLabel => ["标签", "標籤", "label"],
    /// The row of prior-year results beneath each indicator's targets.
    LastYear => ["上年", "上年", "last year"],
    // How a target fared a year later.
    /// The result reached the target.
    OutcomeMet => ["达成", "達成", "met"],
    /// The result fell short.
    OutcomeMissed => ["未达成", "未達成", "missed"],
    /// The next report gives no result.
    OutcomeNoResult => ["无结果", "無結果", "no result"],
    /// Target and result cannot be compared.
    OutcomeIncomparable => ["无法比较", "無法比較", "incomparable"],
    // What the CLI says: `{}` is filled by [`Lang::fill`].
    /// `check`: a valid dataset and what it holds.
    CheckReport => ["{}：有效：{} 个章节，{} 个段落，{} 项目标，{} 项成果", "{}：有效：{} 個章節，{} 個段落，{} 項目標，{} 項成果", "{}: ok: {} sections, {} paragraphs, {} targets, {} results"],
    /// `check --indicators`: a valid vocabulary and what it holds.
    CheckVocabulary => ["{}：有效：{} 个指标（{} 个主要指标），{} 个名称与别名", "{}：有效：{} 個指標（{} 個主要指標），{} 個名稱與別名", "{}: ok: {} indicators ({} headline), {} names and aliases"],
    /// `search`: fewer hits shown than found.
    SearchShown => ["显示 {} 条结果（共 {} 条）；--limit 0 显示全部", "顯示 {} 條結果（共 {} 條）；--limit 0 顯示全部", "{} of {} results; --limit 0 shows all"],
    /// `targets`: nothing matched.
    NoFiguresMatch => ["没有与 `{}` 相符的数字", "沒有與 `{}` 相符的數字", "no figures match `{}`"],
    /// `indicators`, `compare`: a query naming no indicator.
    NamesNoIndicator => ["`{}` 不是任何指标的名称；`baogao indicators` 列出全部指标", "`{}` 不是任何指標的名稱；`baogao indicators` 列出全部指標", "`{}` names no indicator; `baogao indicators` lists them"],
    /// `compare`: no main expected target has a figure.
    NoHeadline => ["已载入的报告中没有主要预期目标关联到数字；请指定指标：`baogao compare gdp-growth`", "已載入的報告中沒有主要預期目標關聯到數字；請指定指標：`baogao compare gdp-growth`", "no main expected target is linked to a figure in the loaded reports; name indicators: `baogao compare gdp-growth`"],
    /// `compare --track`: nothing to track.
    Untrackable => ["无可追踪：没有同一地区连续两年、且对这些指标有目标的报告", "無可追蹤：沒有同一地區連續兩年、且對這些指標有目標的報告", "nothing to track: no two reports of one region in consecutive years with a target for these indicators"],
    /// `show`: no section matches.
    NoSectionMatches => ["没有与 `{}` 相符的章节；`baogao outline` 列出全部章节", "沒有與 `{}` 相符的章節；`baogao outline` 列出全部章節", "no section matches `{}`; `baogao outline` lists them"],
    /// `show`: several sections match.
    SectionsMatch => ["`{}` 与 {} 个章节相符：", "`{}` 與 {} 個章節相符：", "`{}` matches {} sections:"],
    /// `bookmarks`: none yet.
    NoBookmarks => ["还没有书签", "還沒有書籤", "no bookmarks yet"],
    // The comparison view and its chart.
    /// The comparison's title line: how many indicators and reports.
    CompareTitle => ["指标比较 · {} 个指标 × {} 份报告", "指標比較 · {} 個指標 × {} 份報告", "Compare · {} indicators × {} reports"],
    /// The comparison when its filter matches no indicator.
    NoIndicatorMatches => ["没有相符的指标", "沒有相符的指標", "no indicator matches"],
    /// The chart's title: the indicator, then what each glyph stands for.
    ChartLegend => ["{} · {} 目标 {} 区间 {} 力争 {} 上年成果", "{} · {} 目標 {} 區間 {} 力爭 {} 上年成果", "{} · {} target {} range {} strive {} prior-year result"],
    // Status messages.
    /// Copy asked where nothing can be copied.
    NothingToCopy => ["这里没有可复制的内容", "這裡沒有可複製的內容", "nothing to copy here"],
    /// Back asked with no earlier jump.
    NowhereBack => ["没有可后退的位置", "沒有可後退的位置", "nowhere to go back"],
    /// Forward asked with no later jump.
    NowhereForward => ["没有可前进的位置", "沒有可前進的位置", "nowhere to go forward"],
    /// A bad config file: its first problem.
    ConfigIgnored => ["已忽略配置文件：{}", "已忽略設定檔：{}", "config ignored: {}"],
    /// After the explorer closes, a bad config file's problems follow.
    ConfigIgnoredDefaults => ["已忽略配置文件，使用默认设置：", "已忽略設定檔，使用預設設定：", "the config file was ignored, the defaults were used:"],
    /// The state file could not be written.
    StateNotSaved => ["无法保存状态：{}", "無法儲存狀態：{}", "could not save the state: {}"],
    /// After the explorer closes, the reading position could not be saved.
    PositionNotSaved => ["无法记住阅读位置：{}", "無法記住閱讀位置：{}", "could not remember the reading position: {}"],
    /// A line was copied: how, then the line.
    Copied => ["已复制（{}）：{}", "已複製（{}）：{}", "copied ({}): {}"],
    /// Copied by the terminal and a local tool.
    CopiedWithTool => ["OSC 52 和 {}", "OSC 52 與 {}", "OSC 52 and {}"],
    /// Too much to copy.
    CopyTooLong => ["太长，无法复制（超过 74 kB）", "太長，無法複製（超過 74 kB）", "too long to copy (more than 74 kB)"],
    /// Copying failed.
    CopyFailed => ["无法复制：{}", "無法複製：{}", "could not copy: {}"],
}

/// A category's name in zh-Hans, zh-Hant and English.
fn category_texts(category: Category) -> [&'static str; 3] {
    match category {
        Category::Economy => ["经济运行", "經濟運行", "economy"],
        Category::Industry => ["产业发展", "產業發展", "industry"],
        Category::Innovation => ["科技创新", "科技創新", "innovation"],
        Category::ServicesConsumption => ["服务与消费", "服務與消費", "services & consumption"],
        Category::InvestmentProjects => ["投资与项目", "投資與項目", "investment & projects"],
        Category::AgricultureRural => ["农业农村", "農業農村", "agriculture & rural"],
        Category::EducationCulture => ["教育文化", "教育文化", "education & culture"],
        Category::HealthWelfare => ["健康与民生", "健康與民生", "health & welfare"],
        Category::Employment => ["就业", "就業", "employment"],
        Category::Environment => ["生态环境", "生態環境", "environment"],
        Category::SafetyGovernance => ["安全与治理", "安全與治理", "safety & governance"],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert;
    use crate::search::fold_str;

    fn has_han(text: &str) -> bool {
        text.chars().any(|c| {
            ('\u{3400}'..='\u{9fff}').contains(&c) || ('\u{3000}'..='\u{303f}').contains(&c)
        })
    }

    #[test]
    fn every_message_has_words_in_every_language() {
        for msg in Msg::all() {
            for lang in Lang::ALL {
                assert!(!lang.text(msg).trim().is_empty(), "{msg:?} in {lang}");
            }
        }
    }

    #[test]
    fn simplified_messages_hold_no_traditional_only_characters() {
        for msg in Msg::all() {
            let hans = Lang::Hans.text(msg);
            // Folding lower-cases ASCII too: compare the Han characters only.
            let folded: String = fold_str(hans);
            for (c, f) in hans.chars().zip(folded.chars()) {
                assert!(
                    !has_han(&c.to_string()) || c == f,
                    "{msg:?}: {c} in {hans:?} is Traditional"
                );
            }
        }
    }

    #[test]
    fn traditional_messages_hold_no_simplified_only_characters() {
        for msg in Msg::all() {
            let hant = Lang::Hant.text(msg);
            assert_eq!(
                convert::convert(hant, Script::Traditional),
                hant,
                "{msg:?} has Simplified characters"
            );
        }
    }

    #[test]
    fn english_messages_hold_no_chinese() {
        for msg in Msg::all() {
            let en = Lang::En.text(msg);
            assert!(!has_han(en), "{msg:?}: {en:?}");
        }
    }

    #[test]
    fn every_language_fills_a_message_with_as_many_arguments() {
        for msg in Msg::all() {
            let [hans, hant, en] = msg.texts();
            let holes = |text: &str| text.matches("{}").count();
            assert_eq!(holes(hans), holes(en), "{msg:?}");
            assert_eq!(holes(hant), holes(en), "{msg:?}");
        }
    }

    #[test]
    fn fill_puts_the_arguments_in_order_and_leaves_their_braces_alone() {
        assert_eq!(
            Lang::En.fill(Msg::SectionsMatch, &[&"a{}b", &3]),
            "`a{}b` matches 3 sections:"
        );
        assert_eq!(
            Lang::Hans.fill(Msg::SearchShown, &[&5, &13]),
            "显示 5 条结果（共 13 条）；--limit 0 显示全部"
        );
    }

    #[test]
    fn locales_name_languages_as_the_issue_asks() {
        for (locale, lang) in [
            ("zh_CN.UTF-8", Lang::Hans),
            ("zh_SG", Lang::Hans),
            ("zh", Lang::Hans),
            ("zh_TW.UTF-8", Lang::Hant),
            ("zh_HK.Big5HKSCS", Lang::Hant),
            ("zh_MO", Lang::Hant),
            ("zh-Hant", Lang::Hant),
            ("en_GB.UTF-8", Lang::En),
            ("C", Lang::En),
            ("POSIX", Lang::En),
            ("", Lang::En),
        ] {
            assert_eq!(Lang::from_locale(locale), lang, "{locale}");
        }
    }

    /// An environment of `pairs`.
    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn lc_all_outranks_lc_messages_outranks_lang_and_empty_ones_are_skipped() {
        let all = [
            ("LC_ALL", "zh_TW"),
            ("LC_MESSAGES", "zh_CN"),
            ("LANG", "en_US"),
        ];
        assert_eq!(Lang::from_env(env(&all)), Lang::Hant);
        let messages = [("LC_ALL", ""), ("LC_MESSAGES", "zh_CN"), ("LANG", "zh_TW")];
        assert_eq!(Lang::from_env(env(&messages)), Lang::Hans);
        assert_eq!(Lang::from_env(env(&[("LANG", "zh_HK.UTF-8")])), Lang::Hant);
        assert_eq!(Lang::from_env(env(&[])), Lang::En);
    }

    #[test]
    fn language_names_parse_in_any_case_and_bad_ones_are_named() {
        assert_eq!("zh-hans".parse(), Ok(Lang::Hans));
        assert_eq!("zh-Hant".parse(), Ok(Lang::Hant));
        assert_eq!("EN".parse(), Ok(Lang::En));
        let err = "fr".parse::<Lang>().expect_err("not a language");
        assert!(err.to_string().contains("`fr`"), "{err}");
    }

    #[test]
    fn category_names_and_commitments_follow_the_language() {
        assert_eq!(Lang::Hans.category(Category::Industry), "产业发展");
        assert_eq!(Lang::Hant.category(Category::Industry), "產業發展");
        assert_eq!(Lang::Hans.commitment(Commitment::Strive), "力争");
        assert_eq!(Lang::Hant.commitment(Commitment::Strive), "力爭");
        assert_eq!(Lang::En.commitment(Commitment::Strive), "strive");
        assert_eq!(Lang::En.commitment(Commitment::Plain), "");
    }
}
