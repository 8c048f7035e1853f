//! The category of a figure, from keywords in its subject or quote.

use super::script::contains_any;
use crate::model::Category;

/// Keywords that suggest a category, checked in this order.
const CATEGORIES: [(Category, &[&str]); 11] = [
    (
        Category::Employment,
        &["就业", "就業", "失业", "失業", "技能人才", "岗位", "崗位"],
    ),
    (
        Category::Innovation,
        &[
            "研发",
            "研發",
            "R&D",
            "科技",
            "创新",
            "創新",
            "高新技术",
            "高新技術",
            "人才",
            "专利",
            "專利",
            "实验室",
            "實驗室",
        ],
    ),
    (
        Category::Environment,
        &[
            "PM2.5",
            "细颗粒物",
            "細顆粒物",
            "空气",
            "空氣",
            "水质",
            "水質",
            "类水",
            "類水",
            "排放",
            "碳",
            "能耗",
            "污水",
            "污染",
            "生态",
            "生態",
            "森林",
            "河湖",
            "河道",
            "垃圾",
            "减排",
            "減排",
            "节能",
            "節能",
            "绿色",
            "綠色",
            "用能",
            "标煤",
            "標煤",
            "并网",
            "并網",
            "无废",
            "無廢",
            "臭氧",
        ],
    ),
    (
        Category::Economy,
        &[
            "生产总值",
            "生產總值",
            "GDP",
            "财政",
            "財政",
            "预算",
            "預算",
            "可支配收入",
            "价格",
            "價格",
            "进出口",
            "進出口",
            "外贸",
            "外貿",
            "出口",
        ],
    ),
    (
        Category::EducationCulture,
        &[
            "学位",
            "學位",
            "学校",
            "學校",
            "教育",
            "幼儿园",
            "幼兒園",
            "文化",
            "体育",
            "體育",
            "阅读",
            "閱讀",
            "健身",
        ],
    ),
    (
        Category::HealthWelfare,
        &[
            "医",
            "醫",
            "养老",
            "養老",
            "托",
            "卫生",
            "衛生",
            "健康",
            "病床",
            "残疾",
            "殘疾",
            "低保",
            "救助",
            "无障碍",
            "無障礙",
            "社保",
            "保险",
            "保險",
            "儿童",
            "兒童",
            "民生",
        ],
    ),
    (
        Category::AgricultureRural,
        &[
            "农",
            "農",
            "粮",
            "糧",
            "乡村",
            "鄉村",
            "村级",
            "村級",
            "种业",
            "種業",
            "渔",
            "漁",
            "共富",
            "低收入",
        ],
    ),
    (
        Category::SafetyGovernance,
        &[
            "安全", "事故", "火警", "诈骗", "詐騙", "信访", "信訪", "治安", "平安", "执法", "執法",
            "政务", "政務", "行政", "提案", "应急", "應急", "司法", "停车", "停車",
        ],
    ),
    (
        Category::ServicesConsumption,
        &[
            "消费",
            "消費",
            "零售",
            "服务业",
            "服務業",
            "旅游",
            "旅遊",
            "电商",
            "電商",
        ],
    ),
    (
        Category::InvestmentProjects,
        &[
            "投资", "投資", "项目", "項目", "外资", "外資", "用地", "债", "債", "招引", "招商",
        ],
    ),
    (
        Category::Industry,
        &[
            "工业", "工業", "制造", "製造", "产业", "產業", "企业", "企業", "产值", "產值", "工厂",
            "工廠", "光伏",
        ],
    ),
];

pub(super) fn category(subject: &str, quote: &str) -> Category {
    [subject, quote]
        .iter()
        .find_map(|text| {
            CATEGORIES
                .iter()
                .find(|(_, words)| contains_any(text, words))
                .map(|(c, _)| *c)
        })
        .unwrap_or(Category::Economy)
}
