//! The subject rules on sentences from real reports.

use crate::import::figures::extract;
use crate::import::figures::tests::{section, targets};
use crate::model::Bound;

#[test]
fn a_verb_or_a_conjunction_takes_the_thing_counted_after_the_number() {
    let found = targets(
        "新培育2518个典型村，重点建设40个绿美点和6条绿美带，改造2.5万套（间）城市危旧房，\
         推进40项省科技重大专项、80项前沿技术研发和60项基础研究重点项目。",
    );
    let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(
        subjects,
        [
            "新培育典型村",
            "重点建设绿美点",
            "绿美带",
            "改造城市危旧房",
            "推进省科技重大专项",
            "推进前沿技术研发",
            "推进基础研究重点项目",
        ]
    );
}

#[test]
fn any_verb_before_a_count_takes_the_thing_counted_after_it() {
    let found = targets(
        "新开通12个传统边贸点，为退役军人提供5万个就业岗位，新建和改扩建51所中小学教学用房，\
         高职院校3所。",
    );
    let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(
        subjects,
        [
            "新开通传统边贸点",
            "为退役军人提供就业岗位",
            "新建和改扩建中小学教学用房",
            "高职院校"
        ]
    );
}

#[test]
fn people_counted_before_a_service_are_named_with_it() {
    let found = targets(
        "为超20000名视力、听力等残疾儿童免费提供人工耳蜗手术、康复训练等康复救助服务，\
         为1万名困境、留守儿童进行心理健康评估干预，为未成年人家庭提供一对一公益家庭教育指导服务1万户次。",
    );
    let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(
        subjects,
        [
            "残疾儿童康复救助服务",
            "留守儿童心理健康评估干预",
            "一对一公益家庭教育指导服务"
        ]
    );
    assert_eq!(found[2].unit, "万户次");
}

#[test]
fn a_group_named_alone_takes_the_measure_of_a_group_of_its_kind() {
    let found = targets(
        "集中供养孤儿基本生活保障最低标准从每人每月2375元提高到2423元，\
         散居孤儿（含艾滋病病毒感染儿童）从每人每月1536元提高到1567元。",
    );
    let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(
        subjects,
        [
            "集中供养孤儿基本生活保障最低标准",
            "散居孤儿基本生活保障最低标准"
        ]
    );
    // A word of change is not a measure another quantity takes.
    let found = targets("全社会固定资产投资增长4.6%，重大工程投资完成2510亿元、增长5.3%。");
    let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(
        subjects,
        ["全社会固定资产投资增长", "重大工程投资", "重大工程投资增长"]
    );
}

#[test]
fn a_total_or_a_years_sum_takes_the_owner_named_before_it() {
    let found = targets(
        "确保粮食播种面积1530万亩、总产量125亿斤，安排首批“千项万亿”重大项目1678个、年度投资1.1万亿元。",
    );
    let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(
        subjects,
        [
            "粮食播种面积",
            "粮食总产量",
            "安排首批“千项万亿”重大项目",
            "“千项万亿”重大项目年度投资"
        ]
    );
}

#[test]
fn words_running_on_to_the_next_number_are_not_the_thing_counted() {
    let found = targets("规上工业企业从4.7万家增加到6.1万家，57个县（市）生产总值近3年增长。");
    let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(subjects[..2], ["规上工业企业", "县（市）生产总值"]);
}

#[test]
fn two_things_joined_before_each_share_the_noun_closing_the_second() {
    let found = targets("中心城区环卫保洁和绿化市政养护预算分别增长8%、5%。");
    let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(
        subjects,
        ["中心城区环卫保洁预算增长", "绿化市政养护预算增长"]
    );
    // A noun not known to be shared is not guessed at.
    let found = targets("航空旅客和货邮吞吐量分别增长8%、5%。");
    assert_eq!(found[0].subject, found[1].subject);
}

#[test]
fn a_share_or_a_described_sum_takes_the_owner_of_its_quantity() {
    let found = targets(
        "数字经济核心制造业实现增加值65.96亿元，占规上工业增加值比重达27.7%；\
         谋划建立总投资超2000亿元的重大项目储备库。",
    );
    let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(
        subjects,
        [
            "数字经济核心制造业实现增加值",
            "数字经济核心制造业占规上工业增加值比重",
            "重大项目储备库总投资"
        ]
    );
}

#[test]
fn later_items_share_a_verb_opened_after_the_place_or_said_new() {
    let found = targets("全区新培育国家级人才8名、省级人才7名，成功打赢17场疫情防控阻击战。");
    let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(
        subjects,
        [
            "全区新培育国家级人才",
            "新培育省级人才",
            "打赢疫情防控阻击战"
        ]
    );
}

#[test]
fn a_change_said_of_each_figure_is_named_by_the_first() {
    let found = targets("完成进出口总额309亿元，其中出口271亿元，均增长16.2%。");
    let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(subjects, ["进出口总额", "出口", "进出口总额增长"]);
}

#[test]
fn later_items_of_a_list_share_its_opening_verb() {
    let found = targets("新建绿道100公里、绿地500公顷，改造2.5万套城市危旧房、2.6万户城中村。");
    let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(
        subjects,
        ["新建绿道", "新建绿地", "改造城市危旧房", "改造城中村"]
    );
}

#[test]
fn examples_before_deng_are_not_the_subject() {
    let found =
        targets("新增停车设施建设运营等服务场景30个以上，启动实验学校二期等8所中小学校建设。");
    let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(subjects, ["新增服务场景", "中小学校建设"]);
}

#[test]
fn a_comparison_inside_a_subject_keeps_what_is_compared() {
    let found = targets("特困人员基本生活保障标准不低于当地最低生活保障标准的1.3倍。");
    assert_eq!(found[0].subject, "特困人员基本生活保障标准");
}

#[test]
fn a_one_character_subject_continues_the_one_before() {
    let found = targets("供应国有建设用地6747亩，完成率204.5%。");
    assert_eq!(found[1].subject, "供应国有建设用地率");
}

#[test]
fn a_phrase_saying_how_is_not_part_of_the_subject() {
    let found = targets("其中根据当地资源禀赋打造14个特色服务区，的预期目标增长5%。");
    assert_eq!(found[0].subject, "打造特色服务区");
    assert_eq!(found[1].subject, "预期目标增长");
}

#[test]
fn a_long_counted_noun_is_cut_where_a_word_ends() {
    let found =
        targets("引导超2万名高校毕业生等青年到粤东粤西粤北地区稳定就业创业和长期扎根发展。");
    assert_eq!(found[0].subject, "引导高校毕业生等青年");
}

#[test]
fn a_list_before_each_gives_each_figure_its_subject_and_bound() {
    let found = targets("水果、蔬菜、茶叶产量分别达2050万吨、4200万吨、19万吨以上。");
    assert!(found.iter().all(|f| f.bound == Bound::AtLeast));
    let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(subjects, ["水果产量", "蔬菜产量", "茶叶产量"]);
    let found = targets(
        "力争全年交通、水利、能源领域投资额分别达2400亿元、450亿元、1700亿元，\
         困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月209元、280元提高到217元、290元。",
    );
    let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(
        subjects,
        [
            "交通领域投资额",
            "水利领域投资额",
            "能源领域投资额",
            "困难残疾人生活补贴标准",
            "重度残疾人护理补贴标准",
        ]
    );
}

#[test]
fn figures_of_urban_and_rural_residents_given_together_are_told_apart() {
    // sichuan: `城乡居民人均可支配收入分别增长4.4%、5.6%`.
    let found = targets("城乡居民人均可支配收入分别增长7%左右和8%左右。");
    let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(
        subjects,
        ["城镇居民人均可支配收入增长", "农村居民人均可支配收入增长"]
    );
    assert_eq!(found[1].value, Some(8.0));
    assert_eq!(found[1].bound, Bound::About);
    let found = targets("城镇和农村居民人均可支配收入分别增长4.3%、5.5%。");
    let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(
        subjects,
        ["城镇居民人均可支配收入增长", "农村居民人均可支配收入增长"]
    );
    let found = targets("城鄉居民收入分別增長6%、7%。");
    assert_eq!(found[0].subject, "城鎮居民收入增長");
    assert_eq!(found[1].subject, "農村居民收入增長");
}

#[test]
fn a_second_each_list_counts_the_subjects_of_the_first_again() {
    let found = targets("城乡居民人均可支配收入分别达到5万元、2万元，分别增长5%、8%。");
    let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(
        subjects,
        [
            "城镇居民人均可支配收入",
            "农村居民人均可支配收入",
            "城镇居民人均可支配收入增长",
            "农村居民人均可支配收入增长",
        ]
    );
    let found = targets("水果、蔬菜产量分别增长5%、8%，分别达到50万吨、40万吨。");
    assert_eq!(found[3].subject, "蔬菜产量");
}

#[test]
fn who_receives_a_service_is_not_described_in_the_subject() {
    // guangdong: `有意愿从事养老护理工作的社会人员开展职业技能培训超5万人次`.
    let found = targets("为有意愿从事养老护理工作的社会人员开展职业技能培训超5万人次。");
    assert_eq!(found[0].subject, "社会人员开展职业技能培训");
    let found = targets("提供高校毕业生的就业岗位10万个。");
    assert_eq!(found[0].subject, "提供高校毕业生的就业岗位");
}

#[test]
fn a_noun_after_the_number_completes_a_verb_subject() {
    let found = targets("打造10个“数字领航”企业，完成500所中小学体育场地升级改造。");
    assert_eq!(found[0].subject, "打造“数字领航”企业");
    assert_eq!(found[1].subject, "中小学体育场地升级改造");
}

#[test]
fn items_naming_indicators_share_the_figure_after_them() {
    let found = targets("其中孕产妇产后访视率、0—6岁儿童健康管理率达到90%以上。");
    assert_eq!(found[0].subject, "孕产妇产后访视率、0—6岁儿童健康管理率");
    // Items describing the thing counted are not indicators of their own.
    let found = targets("实施住宅小区、道路、下立交积水改善工程52个。");
    assert_eq!(found[0].subject, "实施下立交积水改善工程");
}

#[test]
fn qualities_listed_before_de_describe_the_thing_counted() {
    let found = targets("打造40个吸引力强、带动面广的消费场景。");
    assert_eq!(found[0].subject, "打造消费场景");
    assert_eq!(found[0].quote, "打造40个吸引力强");
}

#[test]
fn a_number_inside_quotation_marks_takes_the_name_it_opens() {
    let found = targets("力争创成“三星级无废城市”。");
    assert_eq!(found[0].subject, "创成无废城市");
    assert_eq!(found[0].unit, "星级");
}

#[test]
fn words_ending_in_de_describe_the_thing_counted() {
    let found = targets("扎实办好人代会票决的十件民生实事项目。");
    assert_eq!(found[0].subject, "民生实事项目");
}

#[test]
fn adverbs_of_manner_do_not_open_a_subject() {
    let found = targets("我们将扎扎实实办好十件民生实事，深入实施3个专项行动。");
    let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(subjects, ["办好民生实事", "实施专项行动"]);
}

#[test]
fn a_place_before_the_verb_is_not_the_subject() {
    let found = targets("在区人民医院改造新增重症ICU病床20张。");
    assert_eq!(found[0].subject, "新增重症ICU病床");
}

#[test]
fn a_rate_after_a_count_does_not_take_the_lists_verb() {
    // beijing: the coverage is that of the groups counted before it, without their verb.
    let found = targets("新建5个以上紧密型城市医疗集团、区级覆盖率达80%以上。");
    let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(
        subjects,
        ["新建紧密型城市医疗集团", "紧密型城市医疗集团区级覆盖率"]
    );
    let found = targets("森林覆盖率达到40%，覆盖率提高2个百分点。");
    assert_eq!(found[0].subject, "森林覆盖率");
    let found = targets("新建公园10个，森林覆盖率达到40%。");
    assert_eq!(found[1].subject, "森林覆盖率");
}

#[test]
fn money_named_after_a_sum_is_part_of_the_subject() {
    let found = targets("設立精品小微園1000萬專項獎勵資金。");
    assert_eq!(found[0].subject, "設立精品小微園專項獎勵資金");
    assert_eq!(found[0].unit, "萬元");
}

#[test]
fn a_bare_verb_builds_the_object_of_the_programme_named_before_it() {
    // sichuan: `实施新一轮农村公路提升行动，新（改）建6000公里`.
    let found = targets("实施新一轮农村公路提升行动，新（改）建6000公里。");
    assert_eq!(found[0].subject, "新（改）建农村公路");
    let found = targets("加快城乡融合发展，新建6000公里。");
    assert_eq!(found[0].subject, "新建");
}

#[test]
fn a_total_or_a_per_person_figure_belongs_to_what_was_counted_before_it() {
    // seed: `建成…河道37條,總長約51公里`, `覆蓋低收入農戶85%以上,人均增收不低于1500元`.
    let found = targets("建成美丽河道37条，总长约51公里。");
    assert_eq!(found[1].subject, "美丽河道总长");
    let found = targets("覆盖低收入农户85%以上，人均增收不低于1500元。");
    assert_eq!(found[1].subject, "低收入农户人均增收");
}

#[test]
fn a_sibling_measure_takes_the_head_of_the_one_before() {
    let found = targets("力争规上工业企业研发活动率、研发机构设置率分别达到95%、85%以上。");
    assert_eq!(found[1].subject, "规上工业企业研发机构设置率");
    let found = targets(
        "村级集体经济经常性收入322.6万元、增长49.6%，经营性收入162.7万元，\
         规上工业增加值增长8%、工业投资增长10%。",
    );
    let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(
        subjects,
        [
            "村级集体经济经常性收入",
            "村级集体经济经常性收入增长",
            "村级集体经济经营性收入",
            "规上工业增加值增长",
            "工业投资增长",
        ]
    );
}

#[test]
fn an_added_noun_takes_its_owner_from_earlier_in_the_sentence() {
    let found =
        targets("重点推进城乡人口流入多、学位紧缺地区的普通高中学位建设，增加学位超20万个。");
    assert_eq!(found[0].subject, "增加普通高中学位");
    assert_eq!(
        super::with_earlier_owner("学位紧缺，", "增加学位".into()),
        "增加学位"
    );
}

#[test]
fn a_bare_output_takes_the_crop_of_the_area_before_it() {
    let found = targets("实现粮食播种面积3320万亩、产量1285万吨以上。");
    let subjects: Vec<&str> = found.iter().map(|f| f.subject.as_str()).collect();
    assert_eq!(subjects, ["粮食播种面积", "粮食产量"]);
    assert_eq!(super::owner::with_owner("面积", "产量"), None);
    assert_eq!(super::owner::with_owner("粮食播种面积", "增长"), None);
}

#[test]
fn the_year_a_change_starts_from_is_not_in_the_subject() {
    let found = extract(
        &[section(
            "s1",
            "2025年工作回顾",
            &["全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元。"],
        )],
        2026,
    );
    assert_eq!(found.results[0].subject, "全省生产总值");
}
