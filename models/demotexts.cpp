// SPDX-FileCopyrightText: Frontline contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demotexts.h"

namespace Frontline::Models::DemoTexts {

using namespace std::string_view_literals;

QString languageCode(Lang lang)
{
    switch (lang) {
    case Lang::ZhCN:
        return QStringLiteral("zh_CN");
    case Lang::ZhTW:
        return QStringLiteral("zh_TW");
    case Lang::En:
        break;
    }
    return QStringLiteral("en");
}

// --- People ---------------------------------------------------------------------------------------

std::span<const ChineseSurname> chineseSurnames()
{
    static constexpr ChineseSurname names[] = {
        {u"王", u"王", "wang", "wang"},    {u"李", u"李", "li", "lee"},       {u"张", u"張", "zhang", "chang"},
        {u"刘", u"劉", "liu", "liu"},      {u"陈", u"陳", "chen", "chen"},    {u"杨", u"楊", "yang", "yang"},
        {u"黄", u"黃", "huang", "huang"},  {u"赵", u"趙", "zhao", "chao"},    {u"吴", u"吳", "wu", "wu"},
        {u"周", u"周", "zhou", "chou"},    {u"徐", u"徐", "xu", "hsu"},       {u"孙", u"孫", "sun", "sun"},
        {u"马", u"馬", "ma", "ma"},        {u"朱", u"朱", "zhu", "chu"},      {u"胡", u"胡", "hu", "hu"},
        {u"郭", u"郭", "guo", "kuo"},      {u"何", u"何", "he", "ho"},        {u"林", u"林", "lin", "lin"},
        {u"罗", u"羅", "luo", "lo"},       {u"高", u"高", "gao", "kao"},      {u"郑", u"鄭", "zheng", "cheng"},
        {u"梁", u"梁", "liang", "liang"},  {u"谢", u"謝", "xie", "hsieh"},    {u"宋", u"宋", "song", "sung"},
        {u"唐", u"唐", "tang", "tang"},    {u"许", u"許", "xu", "hsu"},       {u"韩", u"韓", "han", "han"},
        {u"冯", u"馮", "feng", "feng"},    {u"邓", u"鄧", "deng", "teng"},    {u"曹", u"曹", "cao", "tsao"},
        {u"彭", u"彭", "peng", "peng"},    {u"曾", u"曾", "zeng", "tseng"},   {u"萧", u"蕭", "xiao", "hsiao"},
        {u"蔡", u"蔡", "cai", "tsai"},     {u"潘", u"潘", "pan", "pan"},      {u"袁", u"袁", "yuan", "yuan"},
        {u"蒋", u"蔣", "jiang", "chiang"}, {u"叶", u"葉", "ye", "yeh"},       {u"苏", u"蘇", "su", "su"},
        {u"吕", u"呂", "lv", "lu"},        {u"沈", u"沈", "shen", "shen"},    {u"钟", u"鍾", "zhong", "chung"},
        {u"卢", u"盧", "lu", "lu"},        {u"江", u"江", "jiang", "chiang"}, {u"傅", u"傅", "fu", "fu"},
        {u"廖", u"廖", "liao", "liao"},    {u"洪", u"洪", "hong", "hung"},    {u"游", u"游", "you", "yu"},
    };
    return names;
}

std::span<const GivenName> givenNames(Lang lang)
{
    static constexpr GivenName simplified[] = {
        {u"伟", "wei"},       {u"芳", "fang"},       {u"娜", "na"},        {u"秀英", "xiuying"}, {u"敏", "min"},
        {u"静", "jing"},      {u"丽", "li"},         {u"强", "qiang"},     {u"磊", "lei"},       {u"军", "jun"},
        {u"洋", "yang"},      {u"勇", "yong"},       {u"艳", "yan"},       {u"杰", "jie"},       {u"娟", "juan"},
        {u"涛", "tao"},       {u"明", "ming"},       {u"超", "chao"},      {u"秀兰", "xiulan"},  {u"霞", "xia"},
        {u"平", "ping"},      {u"刚", "gang"},       {u"桂英", "guiying"}, {u"晓燕", "xiaoyan"}, {u"子轩", "zixuan"},
        {u"梓涵", "zihan"},   {u"浩然", "haoran"},   {u"思远", "siyuan"},  {u"欣怡", "xinyi"},   {u"佳颖", "jiaying"},
        {u"建华", "jianhua"}, {u"志强", "zhiqiang"}, {u"雨桐", "yutong"},  {u"一鸣", "yiming"},  {u"婷婷", "tingting"},
        {u"海燕", "haiyan"},  {u"文博", "wenbo"},    {u"宇航", "yuhang"},  {u"诗雨", "shiyu"},   {u"俊杰", "junjie"},
    };
    static constexpr GivenName traditional[] = {
        {u"怡君", "yichun"},   {u"雅婷", "yating"},    {u"宗翰", "tsunghan"}, {u"家豪", "chiahao"},
        {u"淑芬", "shufen"},   {u"志明", "chihming"},  {u"冠宇", "kuanyu"},   {u"詩涵", "shihhan"},
        {u"承恩", "chengen"},  {u"柏翰", "pohan"},     {u"美玲", "meiling"},  {u"俊傑", "chunchieh"},
        {u"佩珊", "peishan"},  {u"建宏", "chienhung"}, {u"雅雯", "yawen"},    {u"宜庭", "yiting"},
        {u"家瑋", "chiawei"},  {u"欣妤", "hsinyu"},    {u"品妍", "pinyen"},   {u"彥廷", "yenting"},
        {u"鈺婷", "yuting"},   {u"信宏", "hsinhung"},  {u"惠雯", "huiwen"},   {u"志豪", "chihhao"},
        {u"淑惠", "shuhui"},   {u"明哲", "mingche"},   {u"郁婷", "yuting"},   {u"文彬", "wenpin"},
        {u"秀玲", "hsiuling"}, {u"宥辰", "yuchen"},
    };
    static constexpr GivenName english[] = {
        {u"Emily", "emily"},     {u"James", "james"},     {u"Olivia", "olivia"}, {u"Michael", "michael"},
        {u"Sophia", "sophia"},   {u"Daniel", "daniel"},   {u"Emma", "emma"},     {u"David", "david"},
        {u"Ava", "ava"},         {u"Matthew", "matthew"}, {u"Chloe", "chloe"},   {u"Ryan", "ryan"},
        {u"Grace", "grace"},     {u"Kevin", "kevin"},     {u"Hannah", "hannah"}, {u"Andrew", "andrew"},
        {u"Jessica", "jessica"}, {u"Brian", "brian"},     {u"Megan", "megan"},   {u"Jason", "jason"},
        {u"Rachel", "rachel"},   {u"Eric", "eric"},       {u"Lauren", "lauren"}, {u"Tyler", "tyler"},
        {u"Natalie", "natalie"}, {u"Justin", "justin"},   {u"Sarah", "sarah"},   {u"Ethan", "ethan"},
        {u"Amanda", "amanda"},   {u"Noah", "noah"},       {u"Priya", "priya"},   {u"Carlos", "carlos"},
        {u"Aisha", "aisha"},     {u"Liam", "liam"},       {u"Zoe", "zoe"},       {u"Marcus", "marcus"},
    };
    switch (lang) {
    case Lang::ZhCN:
        return simplified;
    case Lang::ZhTW:
        return traditional;
    case Lang::En:
        break;
    }
    return english;
}

std::span<const GivenName> englishSurnames()
{
    static constexpr GivenName names[] = {
        {u"Smith", "smith"},   {u"Johnson", "johnson"},   {u"Williams", "williams"}, {u"Brown", "brown"},
        {u"Jones", "jones"},   {u"Miller", "miller"},     {u"Davis", "davis"},       {u"Garcia", "garcia"},
        {u"Wilson", "wilson"}, {u"Anderson", "anderson"}, {u"Taylor", "taylor"},     {u"Thomas", "thomas"},
        {u"Moore", "moore"},   {u"Martin", "martin"},     {u"Lee", "lee"},           {u"Thompson", "thompson"},
        {u"White", "white"},   {u"Harris", "harris"},     {u"Clark", "clark"},       {u"Lewis", "lewis"},
        {u"Walker", "walker"}, {u"Hall", "hall"},         {u"Young", "young"},       {u"King", "king"},
        {u"Wright", "wright"}, {u"Lopez", "lopez"},       {u"Hill", "hill"},         {u"Scott", "scott"},
        {u"Green", "green"},   {u"Adams", "adams"},       {u"Baker", "baker"},       {u"Nelson", "nelson"},
        {u"Carter", "carter"}, {u"Mitchell", "mitchell"}, {u"Wong", "wong"},         {u"Chen", "chen"},
        {u"Nguyen", "nguyen"}, {u"Patel", "patel"},       {u"Kim", "kim"},           {u"O'Brien", "obrien"},
    };
    return names;
}

std::span<const StaffMember> staff()
{
    static constexpr StaffMember members[] = {
        {u"Alex Chen", "demo", Lang::ZhCN},
        {u"王芳", "lead", Lang::ZhCN},
        {u"Daniel Wu", "admin", Lang::En},
        {u"林怡君", "lin.yichun", Lang::ZhTW},
        {u"Sarah Johnson", "sarah.johnson", Lang::En},
        {u"张伟", "zhang.wei", Lang::ZhCN},
        {u"陳冠宇", "chen.kuanyu", Lang::ZhTW},
        {u"Michael Brown", "michael.brown", Lang::En},
        {u"李娜", "li.na", Lang::ZhCN},
        {u"黃雅婷", "huang.yating", Lang::ZhTW},
        {u"刘洋", "liu.yang", Lang::ZhCN},
        {u"Emily Davis", "emily.davis", Lang::En},
        {u"赵敏", "zhao.min", Lang::ZhCN},
        {u"吳家豪", "wu.chiahao", Lang::ZhTW},
        {u"James Wilson", "james.wilson", Lang::En},
        {u"孙丽", "sun.li", Lang::ZhCN},
    };
    return members;
}

// --- Queues ---------------------------------------------------------------------------------------

namespace {

// Minutes per priority (low, normal, high, urgent): {first response, resolution}.
constexpr SlaPolicy sla(SlaTarget low, SlaTarget normal, SlaTarget high, SlaTarget urgent)
{
    return SlaPolicy{std::array<SlaTarget, 4>{low, normal, high, urgent}};
}

constexpr int Hour = 60;
constexpr int Day = 24 * Hour;

}  // namespace

std::span<const QueueDefinition> queues()
{
    static const QueueDefinition definitions[] = {
        {u"General Support", u"Orders, deliveries, address changes and everything that does not fit another queue.",
         sla({Day, 5 * Day}, {8 * Hour, 2 * Day}, {2 * Hour, Day}, {30, 8 * Hour})},
        {u"Billing & Invoices", u"Payments, duplicate charges, invoices and fapiao (发票/發票), memberships.",
         sla({Day, 7 * Day}, {8 * Hour, 3 * Day}, {2 * Hour, Day}, {30, 8 * Hour})},
        {u"Technical Support", u"Sign-in problems, app crashes and website errors.",
         sla({Day, 7 * Day}, {4 * Hour, 2 * Day}, {Hour, 12 * Hour}, {15, 4 * Hour})},
        {u"VIP / 大客户", u"Platinum and VIP customers, answered first by senior agents.",
         sla({4 * Hour, Day}, {Hour, 12 * Hour}, {30, 8 * Hour}, {15, 2 * Hour})},
        {u"Returns & Refunds", u"Returns, exchanges, damaged and wrong items, refunds.",
         sla({Day, 7 * Day}, {8 * Hour, 3 * Day}, {2 * Hour, 2 * Day}, {30, 12 * Hour})},
        {u"China Region / 中国区",
         u"Mainland China customers: Simplified Chinese, WeChat Pay and Alipay orders, fapiao.",
         sla({12 * Hour, 3 * Day}, {4 * Hour, Day}, {Hour, 12 * Hour}, {20, 4 * Hour})},
    };
    static_assert(std::size(definitions) == QueueKindCount);
    return definitions;
}

// --- Tickets and messages -------------------------------------------------------------------------

std::span<const Topic> topics()
{
    static const std::vector<Topic> all = {
        // Order not received / tracking not updating.
        {"shipping",
         22,
         QueueKind::General,
         {10, 50, 30, 10},
         {{
             {.subjects = {u"订单 #{order} 未收到", u"快递显示已签收，但我没有收到包裹（订单 {order}）",
                           u"订单 {order} 物流一直不更新"},
              .firstMessages =
                  {u"你好，我上周下单的{product}（订单号 {order}）到现在还没有收到。物流单号 {tracking} "
                   u"在{carrier}的页面上"
                   u"已经三天没有更新了。请帮我查一下包裹现在在哪里，如果丢了请尽快补发或者退款。谢谢！",
                   u"客服你好，我的订单 {order} "
                   u"物流显示昨天已经签收，但是我和家人都没有收到，小区快递柜和门卫那里也没有。"
                   u"单号是 {tracking}（{carrier}）。麻烦帮我联系快递员核实一下，这单是买给朋友的生日礼物，比较着急。"},
              .replies =
                  {u"非常抱歉让您久等了。我已经查询了订单 {order}，包裹目前由{carrier}承运，单号 {tracking}。系统显示"
                   u"包裹在中转站滞留，我已向物流提交了催查工单，通常会在 24 "
                   u"小时内得到回复。一有结果我会第一时间通知您。",
                   u"感谢您的耐心。针对订单 {order} 显示已签收但未收到的情况，我已联系{carrier}核实签收记录和派送照片。"
                   u"也请您帮忙确认一下附近的快递驿站或代收点。如确认丢件，我们会为您免费补发或全额退款。"},
              .askInfo =
                  {u"为了加快处理，麻烦您提供一下收件人姓名、完整的收货地址以及方便收货的时间段，我们会转交给{carrier}"
                   u"安排重新派送。"},
              .resolutions =
                  {u"好消息：{carrier}已确认包裹在中转时被误分拣，现已重新发出，新的物流单号会在今天内同步到订单 "
                   u"{order} 中，预计 2–3 天送达。为表歉意，我们已向您的账户发放一张 20 元无门槛优惠券。",
                   u"经过与{carrier}核实，订单 {order} 的包裹确认已丢失。我们已为您安排全额退款 {amount}，款项将在 "
                   u"1–3 个工作日内原路退回。给您带来不便，非常抱歉。"},
              .followUps = {u"请问包裹有消息了吗？物流还是没有更新。"},
              .notes = {u"已联系物流，等待回复。催查工单号已记录在订单备注里。",
                        u"{carrier}反馈包裹在中转站滞留，预计明天重新派送，明天下午再跟进一次。"}},
             {.subjects = {u"訂單 #{order} 尚未送達", u"物流顯示已送達，但我沒收到包裹（訂單 {order}）",
                           u"訂單 {order} 的貨運狀態一直沒有更新"},
              .firstMessages =
                  {u"您好，我上週訂購的{product}（訂單編號 {order}）到現在都還沒收到。{carrier}的查詢頁面上，貨件編號 "
                   u"{tracking} 已經三天沒有更新了。麻煩幫我確認包裹目前在哪裡，如果遺失了，請盡快補寄或退款，謝謝！",
                   u"客服您好，我的訂單 {order} "
                   u"顯示昨天已經送達，可是我和家人都沒有收到，管理室也說沒有代收。貨件編號是 "
                   u"{tracking}（{carrier}）。可以請你們幫我跟司機確認嗎？這是要送朋友的生日禮物，有點急。"},
              .replies =
                  {u"很抱歉讓您久等了。我已查詢訂單 {order}，包裹目前由{carrier}配送，貨件編號 {tracking}。系統顯示包裹"
                   u"停留在轉運站，我已經向物流提出查件申請，通常 24 小時內會有回覆，有結果會第一時間通知您。",
                   u"謝謝您的耐心。關於訂單 {order} 顯示已送達但未收到的情況，我已請{carrier}確認簽收紀錄與配送照片，"
                   u"也麻煩您先向管理室或鄰居確認是否有代收。若確認遺失，我們會免費為您補寄或全額退款。"},
              .askInfo = {u"為了加快處理，麻煩提供收件人姓名、完整收件地址以及方便收貨的時段，我們會轉交{carrier}"
                          u"安排再次配送。"},
              .resolutions =
                  {u"好消息！{carrier}確認包裹在轉運時分錯區域，目前已重新出貨，新的貨件編號今天內會更新到訂單 "
                   u"{order}，預計 2–3 天送達。為表歉意，我們已在您的帳號中加贈一張 100 元折價券。",
                   u"經與{carrier}確認，訂單 {order} 的包裹已遺失。我們已為您辦理全額退款 {amount}，款項將於 3–5 "
                   u"個工作天內退回原付款方式。造成您的不便，非常抱歉。"},
              .followUps = {u"請問包裹有消息了嗎？貨運狀態還是沒有更新。"},
              .notes = {u"已聯繫物流，等待回覆。查件單號已記在訂單備註。",
                        u"{carrier}回覆包裹卡在轉運站，預計明天重新配送，明天下午再追蹤一次。"}},
             {.subjects = {u"Order #{order} never arrived",
                           u"Tracking says delivered but I have no package (order {order})",
                           u"No tracking updates for order {order}"},
              .firstMessages =
                  {u"Hi, I ordered the {product} last week (order #{order}) and it still hasn't arrived. The {carrier} "
                   u"tracking number {tracking} hasn't updated in three days. Could you please find out where the "
                   u"package "
                   u"is? If it's lost, I'd like a replacement or a refund as soon as possible. Thanks.",
                   u"Hello, the tracking for order #{order} says it was delivered yesterday, but nobody in my "
                   u"household "
                   u"received it and it isn't with the neighbours or in the mailroom. Tracking number {tracking} "
                   u"({carrier}). Can you check with the driver? It's a birthday present, so it's a bit urgent."},
              .replies =
                  {u"I'm sorry for the wait. I've looked up order #{order}: the package is with {carrier} under "
                   u"tracking number {tracking}, and it's currently held at a sorting facility. I've opened a trace "
                   u"with the carrier, which usually gets an answer within 24 hours, and I'll update you as soon as I "
                   u"hear back.",
                   u"Thank you for your patience. Since order #{order} shows as delivered but didn't reach you, I've "
                   u"asked {carrier} for the proof-of-delivery record and the driver's GPS scan. In the meantime, "
                   u"could "
                   u"you check with neighbours or your building's front desk? If the package is confirmed lost, we'll "
                   u"send a free replacement or issue a full refund."},
              .askInfo =
                  {u"To speed things up, could you confirm the recipient's full name, the complete delivery address "
                   u"and a time window when someone can receive the package? I'll pass this on to {carrier} for a "
                   u"redelivery."},
              .resolutions =
                  {u"Good news: {carrier} confirmed the package was missorted at their hub. It has been "
                   u"re-dispatched and the new tracking number will appear on order #{order} later today; expect "
                   u"delivery in 2–3 business days. As an apology, we've added a $10 credit to your account.",
                   u"{carrier} has confirmed that the package for order #{order} was lost in transit. I've issued "
                   u"a full refund of {amount} to your original payment method; it usually shows up within 3–5 "
                   u"business days. I'm sorry for the trouble."},
              .followUps = {u"Any news on my package? The tracking still hasn't changed."},
              .notes =
                  {u"Trace opened with the carrier, waiting for their reply. Reference is in the order notes.",
                   u"{carrier} says the parcel is stuck at the hub; redelivery expected tomorrow. Follow up tomorrow "
                   u"afternoon."}},
         }}},

        // Refund request / refund not received.
        {"refund",
         14,
         QueueKind::Returns,
         {15, 55, 25, 5},
         {{
             {.subjects = {u"申请退款：订单 {order}", u"退货已寄回，退款还没到账", u"订单 {order} 要求退款"},
              .firstMessages =
                  {u"你好，我想申请订单 {order} 的退款。收到的{product}和商品详情页描述的不一样，用了两天就觉得不合适。"
                   u"商品包装和配件都还在，请告诉我退货流程和退款需要多长时间。",
                   u"你好，我在 10 天前已经把订单 {order} 的{product}寄回去了，退货物流单号 "
                   u"{tracking}，显示你们仓库已经"
                   u"签收，但退款 {amount} 到现在还没有到账。请帮忙查一下进度。"},
              .replies = {u"您的退款申请已收到。订单 {order} 符合 7 天无理由退货条件，我已为您生成退货单，请在 7 天内将"
                          u"{product}连同全部配件寄回，并在订单页面填写退货物流单号。仓库签收并检验后，我们会在 1–3 "
                          u"个工作日内退款 {amount}。",
                          u"已为您查询：订单 {order} 的退货仓库已于前几天签收，目前正在质检。我已经催促仓库优先处理，"
                          u"质检通过后退款会原路退回到您的支付账户。"},
              .askInfo = {u"麻烦您提供一下商品的照片（包括外包装和配件），以及退货原因的简单说明，方便我们尽快审核。"},
              .resolutions =
                  {u"您的退款 {amount} 已经处理完成，将在 1–3 个工作日内原路退回到您的支付账户（尾号 {last4}）。"
                   u"如果超过 3 个工作日仍未到账，请把银行流水截图发给我们。"},
              .followUps = {u"退款还没有到账，请问还需要多久？"},
              .notes = {u"超出 7 天无理由期限 2 天，已向主管申请例外处理。",
                        u"退货已签收，已提醒仓库加急质检，质检通过后走退款。"}},
             {.subjects = {u"申請退款：訂單 {order}", u"退貨已寄回，但還沒收到退款", u"訂單 {order} 要求退款"},
              .firstMessages =
                  {u"您好，我想申請訂單 {order} 的退款。收到的{product}跟商品頁的描述不太一樣，用了兩天覺得不適合。"
                   u"商品包裝和配件都還在，請告訴我退貨流程，以及退款大概需要多久。",
                   u"您好，我 10 天前已經把訂單 {order} 的{product}寄回，退貨貨件編號 "
                   u"{tracking}，顯示你們倉庫已經簽收，"
                   u"但退款 {amount} 到現在還沒入帳，麻煩幫我查一下進度。"},
              .replies = {u"已收到您的退款申請。訂單 {order} 符合 7 天鑑賞期退貨條件，我已為您建立退貨單，請於 7 天內將"
                          u"{product}連同所有配件寄回，並在訂單頁面填寫退貨貨件編號。倉庫簽收並檢查後，我們會在 3–5 "
                          u"個工作天內退款 {amount}。",
                          u"幫您查詢過了：訂單 {order} 的退貨已於前幾天送達倉庫，目前正在檢查中。我已請倉庫優先處理，"
                          u"檢查通過後退款會退回您原本的付款方式。"},
              .askInfo = {u"麻煩提供商品照片（包含外盒與配件），並簡單說明退貨原因，方便我們盡快審核。"},
              .resolutions =
                  {u"您的退款 {amount} 已處理完成，將於 3–5 個工作天內退回您的信用卡（末四碼 {last4}）。實際入帳"
                   u"時間依發卡銀行作業為準，若超過 7 個工作天仍未入帳，請再與我們聯繫。"},
              .followUps = {u"退款還沒入帳，請問還要等多久？"},
              .notes = {u"已超過鑑賞期 2 天，已向主管申請例外處理。",
                        u"退貨已簽收，已請倉庫加急檢查，通過後辦理退款。"}},
             {.subjects = {u"Refund request for order #{order}", u"Returned my item weeks ago, still no refund",
                           u"Requesting a refund – order {order}"},
              .firstMessages = {u"Hi, I'd like a refund for order #{order}. The {product} doesn't match the "
                                u"description on the product "
                                u"page and after two days of use it's clearly not for me. I still have the original "
                                u"packaging and all "
                                u"accessories. What's the return process and how long does the refund take?",
                                u"Hello, I sent the {product} from order #{order} back ten days ago (return tracking "
                                u"{tracking}) and it "
                                u"shows as delivered to your warehouse, but I still haven't received the refund of "
                                u"{amount}. Can you "
                                u"check what's going on?"},
              .replies =
                  {u"Thanks for reaching out. Order #{order} is within our 30-day return window, so I've created a "
                   u"return authorization for you. Please pack the {product} with all accessories, attach the "
                   u"prepaid label we've emailed you and drop it off within 14 days. Once the warehouse receives "
                   u"and inspects it, we'll refund {amount} within 3–5 business days.",
                   u"I've checked order #{order}: your return arrived at our warehouse a few days ago and is waiting "
                   u"for inspection. I've asked the team to prioritise it; as soon as it passes, the refund goes back "
                   u"to your original payment method."},
              .askInfo =
                  {u"Could you send a few photos of the item, including the packaging and accessories, and a short "
                   u"note on why you're returning it? That lets us approve the return straight away."},
              .resolutions =
                  {u"Your refund of {amount} has been processed to the card ending in {last4}. Depending on your "
                   u"bank it can take 3–5 business days to appear on your statement. If it hasn't shown up after "
                   u"that, reply with a screenshot of your statement and we'll chase it."},
              .followUps = {u"Still no refund on my card. How much longer will it take?"},
              .notes = {u"Two days outside the return window; asked the lead for an exception.",
                        u"Return received at the warehouse; asked them to expedite inspection, refund after QC."}},
         }}},

        // Cannot sign in.
        {"login",
         10,
         QueueKind::Technical,
         {10, 45, 30, 15},
         {{
             {.subjects = {u"无法登录账户", u"收不到验证码，登录不了", u"忘记密码，收不到重置邮件"},
              .firstMessages =
                  {u"你好，我从昨天开始就登录不了账户，输入密码后一直提示“用户名或密码错误”，但我确定密码没有改过。点"
                   u"“忘记密码”也没有收到重置邮件。我用的是 {device}，App 版本 {appver}。请帮我看看是什么问题。",
                   u"我换了新手机以后，登录的时候短信验证码一直收不到，试了五六次，现在账号提示被临时锁定了。手机号没有"
                   u"变，"
                   u"信号也正常。麻烦尽快帮我解锁，我还有一个订单 {order} 需要确认收货。"},
              .replies =
                  {u"我查看了您的账户，由于短时间内多次输入错误密码，账户已被系统临时锁定以保护安全。我已经为您解除"
                   u"锁定，并重新发送了密码重置邮件，请检查收件箱和垃圾邮件文件夹，链接 30 分钟内有效。",
                   u"感谢反馈。验证码收不到通常是因为运营商拦截了短信，请您先确认手机没有开启骚扰拦截，或者在登录页"
                   u"选择“语音验证码”。我已经在后台为您解除了临时锁定。"},
              .askInfo =
                  {u"为了确认是账户本人操作，请您提供注册时使用的手机号后四位以及最近一笔订单的订单号。我们核实身份后"
                   u"就可以帮您重置登录方式。"},
              .resolutions =
                  {u"已为您完成身份验证并重置了登录方式，现在可以使用新密码正常登录了。建议您在“账户安全”中开启"
                   u"两步验证，并检查一下最近的登录记录。"},
              .followUps = {u"还是收不到重置邮件，垃圾箱里也没有。", u"试了语音验证码，还是收不到，账号也还是锁着。"},
              .notes = {u"账户因连续 5 次密码错误被锁定，已手动解锁并重发重置邮件。",
                        u"短信网关日志显示验证码已发出，怀疑被运营商拦截，已建议客户使用语音验证码。"}},
             {.subjects = {u"無法登入帳號", u"收不到簡訊驗證碼，無法登入", u"忘記密碼，收不到重設信"},
              .firstMessages =
                  {u"您好，我從昨天開始就無法登入帳號，輸入密碼後一直顯示「帳號或密碼錯誤」，但我確定沒有改過密碼。按"
                   u"「忘記密碼」也沒有收到重設信。我用的是 {device}，App 版本 {appver}，麻煩幫我看看是什麼問題。",
                   u"我換新手機之後，登入時一直收不到簡訊驗證碼，試了五六次，現在帳號顯示暫時鎖定。手機號碼沒有換，訊號"
                   u"也"
                   u"正常。麻煩盡快幫我解鎖，我還有一筆訂單 {order} 要確認收貨。"},
              .replies =
                  {u"我查看了您的帳號，因為短時間內多次輸入錯誤密碼，系統已暫時鎖定帳號以保護安全。我已為您解除"
                   u"鎖定，並重新寄出密碼重設信，請檢查收件匣與垃圾郵件匣，連結 30 分鐘內有效。",
                   u"謝謝您的回報。收不到驗證碼通常是電信業者攔截了簡訊，請先確認手機沒有開啟垃圾簡訊過濾，或在登入頁"
                   u"選擇「語音驗證碼」。我已在後台為您解除暫時鎖定。"},
              .askInfo =
                  {u"為了確認是帳號本人，請提供註冊手機號碼末三碼以及最近一筆訂單的訂單編號，核對身分後即可協助您"
                   u"重設登入方式。"},
              .resolutions =
                  {u"已完成身分驗證並重設登入方式，您現在可以用新密碼正常登入。建議在「帳號安全」中開啟兩步驟"
                   u"驗證，並檢查近期的登入紀錄。"},
              .followUps = {u"還是收不到重設信，垃圾郵件匣也沒有。", u"試了語音驗證碼還是收不到，帳號也還是鎖著。"},
              .notes = {u"帳號因連續 5 次密碼錯誤被鎖，已手動解鎖並重寄重設信。",
                        u"簡訊閘道紀錄顯示驗證碼已送出，疑似被電信業者攔截，已建議客戶改用語音驗證碼。"}},
             {.subjects = {u"Can't log in to my account", u"Not receiving the verification code",
                           u"Password reset email never arrives"},
              .firstMessages = {u"Hi, since yesterday I can't log in. It keeps saying \"incorrect email or password\", "
                                u"but I haven't "
                                u"changed my password. I tried \"Forgot password\" and never got the reset email. I'm "
                                u"on {device} with "
                                u"app version {appver}. Can you help?",
                                u"I switched to a new phone and now the SMS verification code never arrives. After "
                                u"five or six tries "
                                u"the account says it's temporarily locked. Same phone number, signal is fine. Please "
                                u"unlock it soon – "
                                u"I still need to confirm delivery of order #{order}."},
              .replies =
                  {u"I've checked your account: it was temporarily locked after several failed password attempts, "
                   u"which is an automatic security measure. I've unlocked it and sent a fresh password reset email. "
                   u"Please check your inbox and spam folder; the link is valid for 30 minutes.",
                   u"Thanks for the details. Missing codes are usually filtered by the mobile carrier, so please "
                   u"check that spam filtering for texts is off, or choose \"Call me instead\" on the login screen. "
                   u"I've also lifted the temporary lock on our side."},
              .askInfo =
                  {u"To make sure we're speaking with the account owner, could you confirm the last four digits of "
                   u"the phone number on the account and the number of your most recent order? Once verified, I can "
                   u"reset your sign-in method."},
              .resolutions =
                  {u"You're verified and your sign-in method has been reset, so you can log in with a new "
                   u"password now. I'd recommend turning on two-step verification under Account → Security and "
                   u"reviewing the list of recent sign-ins."},
              .followUps = {u"Still no reset email, and nothing in spam either.",
                            u"Tried the voice call option too – still no code, and the account is still locked."},
              .notes =
                  {u"Locked after 5 failed attempts; unlocked manually and resent the reset email.",
                   u"SMS gateway log shows the code was handed to the carrier; probably carrier filtering. Suggested "
                   u"the voice code."}},
         }}},

        // Invoice / fapiao.
        {"invoice",
         8,
         QueueKind::Billing,
         {30, 55, 12, 3},
         {{
             {.subjects = {u"发票抬头开错了，需要重开（订单 {order}）", u"申请开具增值税专用发票",
                           u"订单 {order} 的发票需要改开公司抬头"},
              .firstMessages = {u"你好，订单 {order} "
                                u"的电子发票抬头写成了我的个人姓名，但我需要开给公司报销。公司名称和税号我稍后发给"
                                u"你们，请帮忙作废重开一张增值税普通发票，谢谢。",
                                u"你好，我们公司在你们这里采购了{product}，订单号 {order}，金额 "
                                u"{amount}。财务要求开具增值税专用发票，"
                                u"请问需要提供哪些资料？多久能开好？"},
              .replies =
                  {u"可以为您重开发票。原发票（号码 {invoice}）作废后，我们会按新的抬头和税号重新开具电子发票，并发送"
                   u"到您的邮箱，一般 1–2 个工作日内完成。",
                   u"收到。开具增值税专用发票需要提供：公司名称、纳税人识别号、注册地址、电话、开户行及账号。资料确认"
                   u"无误后，我们会在 3 个工作日内开具并寄出纸质专票。"},
              .askInfo =
                  {u"请把公司全称和纳税人识别号（统一社会信用代码）发给我，注意名称需与营业执照完全一致，否则发票无法"
                   u"用于报销。"},
              .resolutions =
                  {u"新的电子发票已开具完成（发票号码 {invoice}），已发送至您的邮箱，也可以在“我的订单 → 发票”中"
                   u"下载 PDF。原发票已作废。",
                   u"增值税专用发票已开具（发票号码 {invoice}），纸质发票已通过顺丰寄出，预计 2–3 "
                   u"天送达，请注意查收。"},
              .followUps = {u"公司名称和税号已经发过去了，请问发票什么时候能开好？"},
              .notes = {u"原发票 {invoice} 已提交作废申请，等待财务确认后重开。",
                        u"客户要专票，资料齐全，已转财务，预计周三寄出。"}},
             {.subjects = {u"發票需要補打統編，請重開（訂單 {order}）", u"訂單 {order} 的電子發票在載具查不到",
                           u"請開立公司抬頭的三聯式發票"},
              .firstMessages = {u"您好，訂單 {order} "
                                u"的電子發票是二聯式，但我需要報公司帳，要打統一編號。公司抬頭和統編我等一下提供，"
                                u"麻煩幫我作廢後重開一張三聯式發票，謝謝。",
                                u"您好，我在 {order} 這筆訂單買了{product}，金額 "
                                u"{amount}，結帳時發票存到手機載具，但載具裡一直查不到"
                                u"這張發票，請問是哪裡出了問題？"},
              .replies =
                  {u"可以為您重新開立。原發票（號碼 {invoice}）作廢後，我們會依您提供的抬頭與統一編號開立三聯式電子"
                   u"發票，並寄到您的信箱，一般 1–2 個工作天完成。",
                   u"已為您查詢，訂單 {order} 的電子發票已開立，號碼 {invoice}。載具歸戶通常需要 2–3 天才會在財政部"
                   u"電子發票平台顯示，若超過 3 天仍查不到，我們再幫您重新上傳。"},
              .askInfo = {u"麻煩提供公司全名與 8 位數統一編號，名稱請與登記資料一致，以免無法入帳。"},
              .resolutions =
                  {u"新的電子發票已開立完成（發票號碼 {invoice}），已寄至您的信箱，也可以在「我的訂單 → 發票」"
                   u"下載。原發票已作廢。",
                   u"已為您重新上傳發票 {invoice}，現在已可在財政部電子發票平台的手機條碼載具中查詢到。"},
              .followUps = {u"統編已經提供了，請問發票什麼時候會開好？", u"過了三天，載具裡還是查不到這張發票。"},
              .notes = {u"原發票 {invoice} 已申請作廢，等財務確認後重開三聯式。",
                        u"載具歸戶延遲，已請財務重新上傳至財政部平台。"}},
             {.subjects = {u"Wrong company name on the invoice for order #{order}",
                           u"Need a VAT invoice for our purchase",
                           u"Please reissue the invoice for order {order} in my company's name"},
              .firstMessages =
                  {u"Hi, the invoice for order #{order} was issued to my personal name, but I need it in my company's "
                   u"name for expenses. I'll send the company name, address and VAT number. Could you cancel the old "
                   u"one "
                   u"and issue a corrected invoice?",
                   u"Hello, our company bought the {product} (order #{order}, {amount}). Our accounts team needs a "
                   u"proper "
                   u"VAT invoice with our registration number. What details do you need, and how long will it take?"},
              .replies =
                  {u"Happy to fix that. Once invoice {invoice} is voided, we'll issue a corrected invoice with your "
                   u"company details and email it to you, usually within 1–2 business days.",
                   u"Thanks for asking. For a VAT invoice we need the company's legal name, registered address and "
                   u"VAT number. As soon as you send those, we'll issue it within 3 business days and you'll be able "
                   u"to download the PDF from your order page."},
              .askInfo =
                  {u"Could you send the company's full legal name, registered address and VAT or tax registration "
                   u"number, exactly as they appear on your registration documents?"},
              .resolutions = {u"Your corrected invoice ({invoice}) has been issued and emailed to you; you can also "
                              u"download it under My Orders → Invoices. The previous invoice has been voided.",
                              u"Your VAT invoice {invoice} has been issued with your company's registration details "
                              u"and emailed to you; the PDF is also under My Orders → Invoices."},
              .followUps = {u"I sent our company details on Monday. Any update on the invoice?"},
              .notes = {u"Void request for {invoice} submitted to finance; reissue once confirmed.",
                        u"VAT invoice details complete, passed to finance. ETA Wednesday."}},
         }}},

        // App crashes.
        {"app",
         8,
         QueueKind::Technical,
         {15, 50, 25, 10},
         {{
             {.subjects = {u"App 打开就闪退", u"App 支付页面卡住不动", u"更新到 {appver} 后应用一直崩溃"},
              .firstMessages =
                  {u"你好，我的 {device} 更新到 App {appver} 之后，一打开就闪退，卸载重装也没用。之前一直用得好好的，"
                   u"现在连订单都看不了，请尽快修复。",
                   u"每次在 App 里点“去结算”页面就卡住不动，等了几分钟还是转圈，最后自动退出。手机是 {device}，Wi-Fi "
                   u"和 "
                   u"5G 都试过。购物车里的东西急着要买。"},
              .replies =
                  {u"非常抱歉给您带来不便。我们已确认 {appver} 版本在部分机型上存在启动崩溃的问题，技术团队正在紧急"
                   u"修复。在此期间，您可以先通过网页版或小程序查看订单，修复版本发布后我会通知您。",
                   u"感谢反馈。请先尝试：1）在系统设置中清除 App 缓存；2）确认系统版本为最新；3）退出登录后重新"
                   u"登录。如果问题依旧，请告诉我，我会把您的情况提交给技术团队。"},
              .askInfo =
                  {u"麻烦您在“我的 → 设置 → 关于 → 上传日志”中上传一次诊断日志，并告诉我上传完成后显示的日志编号，"
                   u"方便工程师定位问题。"},
              .resolutions =
                  {u"修复版本已发布，请在应用商店更新到最新版本后重新打开 App。我们测试了与您相同的机型，问题"
                   u"已解决。"},
              .followUps = {u"清了缓存也重装了，还是一打开就闪退。", u"按你说的清了缓存、重新登录，结算页还是卡住。"},
              .notes = {u"与已知问题 APP-2291（{appver} 启动崩溃）一致，已关联到该缺陷单。",
                        u"已请客户上传诊断日志，转技术二线分析。"}},
             {.subjects = {u"App 一打開就閃退", u"App 結帳頁面卡住", u"更新到 {appver} 後 App 一直當掉"},
              .firstMessages =
                  {u"您好，我的 {device} 更新到 App {appver} 之後，一打開就閃退，移除重裝也沒用。之前都用得好好的，現在"
                   u"連訂單都看不到，麻煩盡快修正。",
                   u"每次在 App 裡按「前往結帳」就卡住不動，等了好幾分鐘還是在轉圈，最後自己跳出。手機是 {device}，"
                   u"Wi-Fi 跟行動網路都試過了。購物車的東西急著要買。"},
              .replies =
                  {u"很抱歉造成您的不便。我們已確認 {appver} 版本在部分機型上有啟動閃退的問題，工程團隊正在緊急"
                   u"修正。這段期間您可以先用網頁版查看訂單，修正版上架後我會通知您。",
                   u"謝謝您的回報。請先試試：1）在系統設定中清除 App 快取；2）確認系統已更新到最新版本；3）登出後"
                   u"再重新登入。如果問題仍然存在，請告訴我，我會把狀況轉給工程團隊。"},
              .askInfo = {u"麻煩在「我的 → 設定 → 關於 → 上傳紀錄檔」上傳一次診斷紀錄，並告訴我上傳後顯示的編號，方便"
                          u"工程師追查。"},
              .resolutions =
                  {u"修正版已經上架，請到 App Store 或 Google Play 更新到最新版本後再開啟。我們用與您相同的機型"
                   u"測試過，問題已解決。"},
              .followUps = {u"快取清了也重裝了，還是一打開就閃退。", u"照你說的清了快取、重新登入，結帳頁還是卡住。"},
              .notes = {u"與已知問題 APP-2291（{appver} 啟動閃退）相同，已連結到該缺陷單。",
                        u"已請客戶上傳診斷紀錄，轉技術二線分析。"}},
             {.subjects = {u"App crashes on launch", u"Checkout screen freezes in the app",
                           u"App keeps crashing since update {appver}"},
              .firstMessages =
                  {u"Hi, since updating to version {appver} on my {device}, the app crashes as soon as I open it. "
                   u"Reinstalling didn't help. It worked fine before, and now I can't even see my orders. Please fix "
                   u"this.",
                   u"Every time I tap \"Checkout\" in the app, the screen freezes with a spinner for minutes and then "
                   u"the "
                   u"app closes. I'm on {device} and tried both Wi-Fi and mobile data. I really need to place this "
                   u"order."},
              .replies =
                  {u"Sorry about this. We've confirmed a startup crash in version {appver} on some devices and the "
                   u"engineering team is working on a fix. Meanwhile you can see and manage your orders on our "
                   u"website. I'll let you know as soon as the fixed version is out.",
                   u"Thanks for reporting it. Could you try the following: 1) clear the app's cache in your phone's "
                   u"settings; 2) make sure your phone's system software is up to date; 3) sign out and sign back "
                   u"in. If it still happens, tell me and I'll pass your case to our engineers."},
              .askInfo = {u"Could you upload a diagnostic log from Me → Settings → About → Send logs and tell me the "
                          u"reference number it shows? That helps our engineers pinpoint the problem."},
              .resolutions =
                  {u"The fix is live: please update the app from the App Store or Google Play and open it "
                   u"again. We tested on the same device model and the crash is gone. Let us know if you see "
                   u"anything else odd."},
              .followUps = {u"Cleared the cache and reinstalled – still crashes on launch.",
                            u"Cleared the cache and signed in again, but checkout still freezes."},
              .notes = {u"Matches known issue APP-2291 (startup crash in {appver}); linked to the bug.",
                        u"Asked the customer for a diagnostic log; escalated to tier 2."}},
         }}},

        // Change the delivery address.
        {"address",
         8,
         QueueKind::General,
         {10, 45, 35, 10},
         {{
             {.subjects = {u"订单 {order} 需要修改收货地址", u"请帮忙把订单 {order} 改送到公司地址",
                           u"地址填错了，能改吗？"},
              .firstMessages = {u"你好，我刚下的订单 {order} 收货地址写错了，小区名对了但楼号填成了 12 栋，应该是 21 "
                                u"栋。订单还没发货，"
                                u"请帮我改一下，谢谢！",
                                u"你好，订单 {order} "
                                u"我这周出差不在家，想把收货地址改成公司地址，能改吗？如果已经发货了，能不能让快递"
                                u"改派？"},
              .replies =
                  {u"订单 {order} 目前还未出库，可以为您修改收货地址。请把完整的新地址（省市区、街道、门牌号）和收件人"
                   u"电话发给我，修改后系统会给您发送确认短信。",
                   u"订单 {order} 已经交给{carrier}发出，无法在系统中直接修改地址。我已向{carrier}提交改派申请，改派"
                   u"成功与否一般在 24 小时内会有结果，如产生改派费用由我们承担。"},
              .askInfo = {u"请提供新的收货地址、收件人姓名和手机号，我这边核对后马上为您修改。"},
              .resolutions =
                  {u"收货地址已修改成功，订单 {order} 将寄往新地址。发货后您会收到物流短信，单号为 {tracking}。"},
              .followUps = {u"新地址已经发给你了，请确认一下有没有改好。"},
              .notes = {u"已在仓库系统拦截出库并修改地址，等待仓库确认。",
                        u"已出库，向{carrier}提交改派，费用由我们承担。"}},
             {.subjects = {u"訂單 {order} 需要更改收件地址", u"請幫我把訂單 {order} 改寄到公司",
                           u"地址填錯了，可以改嗎？"},
              .firstMessages =
                  {u"您好，我剛下的訂單 {order} 收件地址打錯了，路名對了但門牌寫成 12 號，應該是 21 號。訂單還沒出貨，"
                   u"麻煩幫我修改，謝謝！",
                   u"您好，訂單 {order} 這週我出差不在家，想把收件地址改成公司地址，可以嗎？如果已經出貨，能不能請物流"
                   u"改送？"},
              .replies =
                  {u"訂單 {order} 目前尚未出貨，可以為您修改收件地址。請提供完整的新地址（縣市、區、路段、門牌）及"
                   u"收件人電話，修改後系統會寄確認簡訊給您。",
                   u"訂單 {order} 已交由{carrier}配送，系統無法直接修改地址。我已向{carrier}申請改址配送，一般 24 "
                   u"小時內會有結果，若有改寄費用由我們負擔。"},
              .askInfo = {u"請提供新的收件地址、收件人姓名與手機號碼，我確認後立即為您修改。"},
              .resolutions = {u"收件地址已修改完成，訂單 {order} 會寄到新地址。出貨後您會收到通知簡訊，貨件編號為 "
                              u"{tracking}。"},
              .followUps = {u"新地址已經給你們了，請確認一下有沒有改好。"},
              .notes = {u"已在倉儲系統攔截出貨並修改地址，等倉庫確認。",
                        u"已出貨，向{carrier}申請改址，費用由我方負擔。"}},
             {.subjects = {u"Change the delivery address for order #{order}",
                           u"Please ship order {order} to my office instead", u"Typo in my shipping address"},
              .firstMessages = {u"Hi, I just placed order #{order} and noticed a typo in the address: the house number "
                                u"should be 21, "
                                u"not 12. It hasn't shipped yet, so could you correct it please?",
                                u"Hello, I'll be travelling this week and won't be home to receive order #{order}. Can "
                                u"you send it to "
                                u"my office address instead? If it has already shipped, can the courier redirect it?"},
              .replies =
                  {u"Order #{order} hasn't left the warehouse yet, so I can update the address for you. Please reply "
                   u"with the full new address, including the postcode, and a phone number for the courier; you'll "
                   u"get a confirmation email once it's changed.",
                   u"Order #{order} has already been handed to {carrier}, so it can't be changed in our system any "
                   u"more. I've asked {carrier} to redirect the parcel; they normally confirm within 24 hours, and "
                   u"we'll cover any redirect fee."},
              .askInfo =
                  {u"Could you send the new delivery address, the recipient's name and a phone number? I'll update "
                   u"the order as soon as I have them."},
              .resolutions = {u"Done: order #{order} will now go to the new address. You'll get a shipping email with "
                              u"tracking number {tracking} once it's dispatched."},
              .followUps = {u"I've sent the new address – can you confirm it's been updated?"},
              .notes =
                  {u"Stopped the shipment in the WMS and changed the address; waiting for the warehouse to confirm.",
                   u"Already shipped; redirect requested with {carrier}, we pay the fee."}},
         }}},

        // Damaged or faulty item.
        {"damaged",
         8,
         QueueKind::Returns,
         {10, 50, 30, 10},
         {{
             {.subjects = {u"收到的商品有破损（订单 {order}）", u"商品到货就是坏的，要求换货", u"{product}外壳碎了"},
              .firstMessages =
                  {u"你好，今天收到订单 {order} 的{product}，打开包装发现外壳有明显裂痕，外箱也被压扁了。已经拍了照片和"
                   u"开箱视频。请问是换新还是退款？",
                   u"收到的{product}通电后完全没反应，换了插座也不行，应该是出厂就有问题。订单号 "
                   u"{order}，麻烦尽快处理，"
                   u"我需要换一台新的。"},
              .replies =
                  {u"非常抱歉您收到的商品有损坏。订单 {order} 符合破损包赔条件，您可以选择免费换新或全额退款。请回复"
                   u"您的选择，我们会安排快递上门取件，无需您垫付运费。",
                   u"抱歉给您带来不好的体验。根据您的描述，这很可能是产品质量问题。我已为您登记质量问题换货，新的"
                   u"{product}会在旧件寄回前先行发出。"},
              .askInfo =
                  {u"请您提供商品破损处的照片以及外包装的照片（能看到快递面单最好），我们需要这些资料向物流索赔。"},
              .resolutions = {u"换新的{product}已经发出，物流单号 {tracking}，预计 2–3 天送达。快递员会在送货时顺便取回"
                              u"破损商品，请提前准备好。"},
              .followUps = {u"照片已经上传了，请问什么时候可以换货？"},
              .notes = {u"破损照片已确认，外箱明显受压，已向{carrier}发起理赔。",
                        u"质量问题，已走先换后退流程，旧件回收后转质检。"}},
             {.subjects = {u"收到的商品有破損（訂單 {order}）", u"商品到貨就故障，要求換貨", u"{product}外殼裂開了"},
              .firstMessages =
                  {u"您好，今天收到訂單 {order} 的{product}，打開包裝發現外殼有明顯裂痕，外箱也被壓扁了。我有拍照片跟"
                   u"開箱影片，請問可以換新還是退款？",
                   u"收到的{product}插電後完全沒反應，換了插座也一樣，應該是出廠就有問題。訂單編號 "
                   u"{order}，麻煩盡快處理，"
                   u"我需要換一台新的。"},
              .replies =
                  {u"很抱歉您收到的商品有損壞。訂單 {order} 符合破損保障，您可以選擇免費換新或全額退款，請回覆您的"
                   u"選擇，我們會安排物流到府收件，運費由我們負擔。",
                   u"很抱歉造成您不好的體驗。依您的描述應屬產品瑕疵，我已為您登記瑕疵換貨，新的{product}會在舊品"
                   u"寄回前先行出貨。"},
              .askInfo = {u"請提供商品破損處與外包裝的照片（最好能看到物流標籤），我們需要這些資料向物流求償。"},
              .resolutions = {u"換新的{product}已經出貨，貨件編號 {tracking}，預計 2–3 天送達。司機送貨時會一併收回破損"
                              u"商品，請先準備好。"},
              .followUps = {u"照片已經上傳了，請問什麼時候可以換貨？"},
              .notes = {u"破損照片已確認，外箱明顯受壓，已向{carrier}提出理賠。",
                        u"瑕疵品，走先換後退流程，舊品回收後送檢。"}},
             {.subjects = {u"Item arrived damaged (order #{order})", u"Product dead on arrival – need a replacement",
                           u"My {product} arrived with a cracked case"},
              .firstMessages =
                  {u"Hi, the {product} from order #{order} arrived today with a big crack in the case, and the box was "
                   u"crushed. I took photos and a short unboxing video. Can I get a replacement or a refund?",
                   u"The {product} I received doesn't power on at all – tried different outlets, nothing. Looks faulty "
                   u"out "
                   u"of the box. Order #{order}. Please sort this out quickly; I need a working one."},
              .replies =
                  {u"I'm sorry your order arrived damaged. Order #{order} is covered by our damaged-in-transit "
                   u"guarantee, so you can choose a free replacement or a full refund. Just tell me which you prefer "
                   u"and we'll arrange a free courier pickup for the damaged item.",
                   u"Sorry for the bad experience. From your description this sounds like a manufacturing fault, so "
                   u"I've registered a warranty replacement. We'll ship the new {product} before you send the faulty "
                   u"one back."},
              .askInfo =
                  {u"Could you send photos of the damage and of the outer box, ideally showing the shipping label? "
                   u"We need them for the claim with the carrier."},
              .resolutions =
                  {u"Your replacement {product} is on its way with tracking number {tracking}, expected in 2–3 "
                   u"business days. The driver will collect the damaged unit at the same time, so please have "
                   u"it ready."},
              .followUps = {u"I've uploaded the photos. When will the replacement ship?"},
              .notes = {u"Photos confirm crush damage to the outer box; claim filed with {carrier}.",
                        u"Dead on arrival: advance replacement sent; the faulty unit goes to QA when it comes back."}},
         }}},

        // Charged twice / payment failed but money taken.
        {"payment",
         7,
         QueueKind::Billing,
         {5, 35, 40, 20},
         {{
             {.subjects = {u"同一笔订单被扣了两次款", u"支付失败但钱已经扣了（订单 {order}）",
                           u"银行卡重复扣款 {amount}"},
              .firstMessages =
                  {u"你好，我昨天买{product}的时候第一次支付提示失败，又付了一次，结果银行卡（尾号 {last4}）被扣了两次 "
                   u"{amount}，但订单只有一个 {order}。请尽快把多扣的钱退给我。",
                   u"订单 {order} 付款时页面提示“支付失败”，但是我的微信钱包已经扣款 {amount}，订单状态一直是待付款。"
                   u"请问钱去哪儿了？"},
              .replies =
                  {u"我已核实：订单 {order} 确实产生了两笔扣款，其中一笔是重复支付。系统会在 24 小时内自动将重复的 "
                   u"{amount} 原路退回，银行入账时间一般为 1–3 个工作日。",
                   u"感谢您的耐心。支付失败但已扣款的情况，通常是支付机构与我们系统之间的对账延迟，款项会在 24 "
                   u"小时内自动退回或补单成功。我已提交人工对账，有结果会立即通知您。"},
              .askInfo =
                  {u"麻烦提供一下扣款记录的截图（需要包含交易时间、金额和交易单号），我们会提交给支付机构核对。"},
              .resolutions = {u"重复扣款的 {amount} 已退回，退款交易已完成。银行卡（尾号 {last4}）通常在 1–3 个工作日内"
                              u"显示入账。",
                              u"人工对账已完成：这笔 {amount} 已原路退回您的微信钱包，订单 {order} "
                              u"已取消。如仍需要该商品，可以重新下单。"},
              .followUps = {u"已经过了 24 小时了，钱还是没有退回来。"},
              .notes = {u"支付平台后台确认两笔成功交易，已发起重复支付退款。",
                        u"已提交人工对账，支付渠道回复需 1 个工作日。"}},
             {.subjects = {u"同一筆訂單被重複扣款", u"付款失敗但已經扣款（訂單 {order}）",
                           u"信用卡被扣了兩次 {amount}"},
              .firstMessages =
                  {u"您好，我昨天買{product}時第一次付款顯示失敗，就再付了一次，結果信用卡（末四碼 {last4}）被扣了兩次 "
                   u"{amount}，但訂單只有一筆 {order}。請盡快退還多扣的款項。",
                   u"訂單 {order} 付款時頁面顯示「付款失敗」，可是我的 LINE Pay 已經扣了 {amount}，訂單狀態還是待付款。"
                   u"請問錢跑去哪裡了？"},
              .replies =
                  {u"我已核對：訂單 {order} 確實有兩筆扣款，其中一筆為重複付款。系統會在 24 小時內將重複的 {amount} "
                   u"退回原付款方式，實際入帳時間依銀行作業約 3–7 個工作天。",
                   u"謝謝您的耐心。付款失敗卻已扣款，通常是金流業者與我們系統之間對帳延遲，款項會在 24 小時內自動"
                   u"退回或補單成功。我已提出人工對帳，有結果會立刻通知您。"},
              .askInfo = {u"麻煩提供扣款紀錄截圖（需包含交易時間、金額與交易序號），我們會提交給金流業者核對。"},
              .resolutions = {u"重複扣款的 {amount} 已完成退款，信用卡（末四碼 {last4}）預計會在 3–7 個工作天內或下一期"
                              u"帳單顯示退款。",
                              u"人工對帳已完成：這筆 {amount} 已退回您的 LINE Pay，訂單 {order} "
                              u"已取消。如仍需要該商品，可以重新下單。"},
              .followUps = {u"已經超過 24 小時了，款項還是沒有退回。"},
              .notes = {u"金流後台確認兩筆成功交易，已發起重複付款退款。",
                        u"已提出人工對帳，金流業者回覆需 1 個工作天。"}},
             {.subjects = {u"Charged twice for one order", u"Payment failed but money was taken (order #{order})",
                           u"Duplicate charge of {amount} on my card"},
              .firstMessages =
                  {u"Hi, when I bought the {product} yesterday the first payment attempt showed an error, so I paid "
                   u"again. "
                   u"Now my card ending {last4} has been charged {amount} twice, but there's only one order, #{order}. "
                   u"Please refund the extra charge.",
                   u"When I paid for order #{order} the page said \"payment failed\", but {amount} has already left my "
                   u"account and the order still says awaiting payment. Where did the money go?"},
              .replies =
                  {u"I've checked and you're right: order #{order} was charged twice, and one of the charges is a "
                   u"duplicate. The extra {amount} will be refunded automatically within 24 hours; your bank may take "
                   u"3–5 business days to show it.",
                   u"Thanks for your patience. When a payment fails but money is taken, it's usually a "
                   u"reconciliation delay between the payment provider and us; the amount is either refunded or "
                   u"matched to the order within 24 hours. I've requested a manual check and will update you as soon "
                   u"as I hear back."},
              .askInfo =
                  {u"Could you send a screenshot of the transaction from your banking app, showing the date, amount "
                   u"and transaction reference? We'll pass it to our payment provider."},
              .resolutions =
                  {u"The duplicate charge of {amount} has been refunded. It should appear on your card ending "
                   u"{last4} within 3–5 business days.",
                   u"The manual check is done: the {amount} payment was never matched to order #{order}, so it has "
                   u"been returned to your account and the order cancelled. You're welcome to order again."},
              .followUps = {u"It's been more than 24 hours and the money still isn't back."},
              .notes = {u"PSP dashboard shows two captured payments; refund of the duplicate issued.",
                        u"Manual reconciliation requested; PSP says 1 business day."}},
         }}},

        // Privacy: delete account, data export.
        {"privacy",
         3,
         QueueKind::General,
         {20, 50, 25, 5},
         {{
             {.subjects = {u"申请注销账户并删除个人信息", u"请导出我的个人数据", u"不再使用了，请注销我的账户"},
              .firstMessages =
                  {u"你好，我不再使用你们的服务了，请帮我注销账户，并删除所有与我相关的个人信息，包括收货地址和手机号。"
                   u"请告诉我需要多长时间，以及删除完成后是否会通知我。",
                   u"你好，根据《个人信息保护法》，我想查询并导出你们保存的关于我的全部个人信息，包括订单记录和浏览记录"
                   u"。"
                   u"请问应该怎么申请？"},
              .replies =
                  {u"我们已收到您的账户注销申请。为保护您的账户安全，注销前需要完成身份验证。验证通过后，我们会在 15 "
                   u"个工作日内删除或匿名化您的个人信息，法律法规要求保留的交易记录除外，完成后会以短信通知您。",
                   u"您可以在 App 的“设置 → 隐私 → 个人信息导出”中提交申请，系统会在 15 个工作日内生成数据文件并"
                   u"发送下载链接。如需我们协助，请先完成身份验证。"},
              .askInfo = {u"为确认是您本人申请，请通过账户绑定的手机号回复收到的验证码，并提供最近一笔订单的订单号。"},
              .resolutions =
                  {u"身份验证已通过，您的注销申请已提交处理。账户将在 15 个工作日内注销，期间如您重新登录将视为"
                   u"撤回申请。完成后我们会短信通知您。",
                   u"您的个人信息副本已生成，下载链接已发送到账户绑定的邮箱，链接 7 "
                   u"天内有效。文件包含账户资料、收货地址和订单记录。"},
              .followUps = {u"验证码已经回复了，请问注销进度怎么样？", u"验证码已经回复了，数据什么时候能导出来？"},
              .notes = {u"客户要求删除个人信息，身份验证已通过，已转数据保护专员处理。",
                        u"客户申请导出个人信息，身份已验证，已在隐私后台提交导出任务。"}},
             {.subjects = {u"申請刪除帳號與個人資料", u"請提供我的個人資料副本", u"不再使用了，請刪除我的帳號"},
              .firstMessages =
                  {u"您好，我已經不再使用你們的服務，請幫我刪除帳號，並刪除所有與我有關的個人資料，包括收件地址與手機"
                   u"號碼。請告訴我需要多久，完成後會不會通知我。",
                   u"您好，依照個人資料保護法，我想查詢並取得你們保存的我的個人資料副本，包括訂單紀錄與瀏覽紀錄，請問該"
                   u"怎麼申請？"},
              .replies = {u"已收到您的帳號刪除申請。為保護帳號安全，刪除前需先完成身分驗證。驗證通過後，我們會在 15 個"
                          u"工作天內刪除或去識別化您的個人資料，依法須保存的交易紀錄除外，完成後會以簡訊通知您。",
                          u"您可以在 App「設定 → 隱私 → 個人資料下載」提出申請，系統會在 15 個工作天內產生資料檔並寄送"
                          u"下載連結。如需我們協助，請先完成身分驗證。"},
              .askInfo = {u"為確認是您本人申請，請用帳號綁定的手機回覆驗證碼，並提供最近一筆訂單的訂單編號。"},
              .resolutions =
                  {u"身分驗證已通過，您的刪除申請已送出。帳號將於 15 個工作天內刪除，期間若重新登入將視為撤回"
                   u"申請，完成後會以簡訊通知您。",
                   u"您的個人資料副本已產生，下載連結已寄到帳號綁定的信箱，連結 7 "
                   u"天內有效。檔案包含帳號資料、收件地址與訂單紀錄。"},
              .followUps = {u"驗證碼已經回覆了，請問刪除進度如何？", u"驗證碼已經回覆了，資料什麼時候可以下載？"},
              .notes = {u"客戶要求刪除個資，身分驗證已通過，已轉個資保護窗口處理。",
                        u"客戶申請個資副本，身分已驗證，已在隱私後台送出匯出作業。"}},
             {.subjects = {u"Please delete my account and personal data", u"Request for a copy of my personal data",
                           u"Close my account, please"},
              .firstMessages = {u"Hi, I no longer use your service. Please close my account and delete all personal "
                                u"data you hold about "
                                u"me, including addresses and my phone number. How long will this take, and will you "
                                u"confirm when it's "
                                u"done?",
                                u"Hello, under data protection law I'd like a copy of all personal data you store "
                                u"about me, including "
                                u"my order history and browsing data. How do I request this?"},
              .replies =
                  {u"We've received your request to delete your account. To protect you, we first need to verify "
                   u"your identity. Once verified, we'll delete or anonymise your personal data within 30 days, "
                   u"except for transaction records we're legally required to keep, and we'll email you when it's "
                   u"complete.",
                   u"You can request a copy of your data in the app under Settings → Privacy → Download my data; "
                   u"we'll email you a download link within 30 days. If you'd prefer us to handle it, we'll just need "
                   u"to verify your identity first."},
              .askInfo =
                  {u"To confirm the request comes from you, please reply from the email address on the account with "
                   u"the verification code we just sent, and include the number of your most recent order."},
              .resolutions =
                  {u"Thanks, you're verified and your deletion request is in progress. Your account will be "
                   u"closed within 30 days; signing in again during that time cancels the request. We'll email "
                   u"you once it's done.",
                   u"Your data export is ready: we've emailed a download link to the address on your account. The link "
                   u"works for 7 days; the archive contains your profile, addresses and order history."},
              .followUps = {u"I replied with the code. What's the status of my deletion request?",
                            u"I replied with the code. When will my data export be ready?"},
              .notes = {u"Erasure request, identity verified; forwarded to the data protection officer.",
                        u"Data export requested, identity verified; export job started in the privacy console."}},
         }}},

        // Membership / subscription.
        {"subscription",
         5,
         QueueKind::Billing,
         {25, 55, 15, 5},
         {{
             {.subjects = {u"取消会员自动续费", u"会员到期后仍被自动扣费 {amount}", u"如何退订 Plus 会员"},
              .firstMessages = {u"你好，我开通的 Plus 会员是连续包月的，想取消自动续费，但在 App "
                                u"里找不到入口。下个月不想再被扣费了，"
                                u"请帮忙取消。",
                                u"你好，我上个月已经在 App 里关闭了自动续费，但是今天还是被扣了 {amount} "
                                u"的会员费。请帮我查一下，并把"
                                u"这笔钱退给我。"},
              .replies =
                  {u"您可以在 App“我的 → 会员中心 → 管理自动续费”中关闭连续包月；如果是通过 Apple ID 开通的，需要在 "
                   u"iPhone 的“设置 → Apple ID → 订阅”中取消。我也已在后台为您标记了取消续费。",
                   u"我查到您的自动续费是在扣费日前 1 天关闭的，而续费请求在关闭前已提交，所以仍然扣了款。我已为您"
                   u"申请退还本期会员费 {amount}，会员权益会同时取消。"},
              .askInfo = {u"请问您是通过 App 内支付宝/微信开通的，还是通过 Apple ID 订阅的？不同渠道的取消方式不同。"},
              .resolutions = {u"已为您关闭自动续费，下个月起不会再扣费，本期会员权益保留到到期日。",
                              u"已为您取消自动续费，并退还本期会员费 {amount}，预计 1–3 个工作日到账。"},
              .followUps = {u"我还是找不到取消的地方，能直接帮我取消吗？", u"请问退款什么时候能到账？"},
              .notes = {u"客户通过 Apple 订阅，无法后台退款，已指导其向 Apple 申请。",
                        u"关闭续费与扣款时间冲突，已按政策退还本期费用。"}},
             {.subjects = {u"取消會員自動續訂", u"會員到期後仍被自動扣款 {amount}", u"如何退訂 Plus 會員"},
              .firstMessages = {u"您好，我訂閱的 Plus 會員是每月自動續訂，想取消續訂，但在 App "
                                u"裡找不到入口。下個月不想再被扣款，請幫"
                                u"我取消。",
                                u"您好，我上個月已經在 App 裡關閉自動續訂，但今天還是被扣了 {amount} "
                                u"的會員費。麻煩幫我查一下，並退還"
                                u"這筆款項。"},
              .replies = {u"您可以在 App「我的 → 會員中心 → 管理自動續訂」關閉每月續訂；若是透過 Apple ID 訂閱，需要在 "
                          u"iPhone「設定 → Apple ID → 訂閱項目」取消。我也已在後台為您註記取消續訂。",
                          u"查詢後發現您是在扣款日前 1 天關閉自動續訂，但續訂請求在關閉前已送出，所以仍被扣款。我已為您"
                          u"申請退還本期會員費 {amount}，會員權益也會同時取消。"},
              .askInfo =
                  {u"請問您是在 App 內用信用卡訂閱，還是透過 Apple ID 或 Google Play 訂閱的呢？不同管道的取消方式"
                   u"不同。"},
              .resolutions = {u"已為您關閉自動續訂，下個月起不會再扣款，本期會員權益保留到到期日。",
                              u"已為您取消自動續訂，並退還本期會員費 {amount}，預計 3–7 個工作天入帳。"},
              .followUps = {u"我還是找不到取消的地方，可以直接幫我取消嗎？", u"請問退款什麼時候會入帳？"},
              .notes = {u"客戶透過 Apple 訂閱，後台無法退款，已引導向 Apple 申請。",
                        u"關閉續訂與扣款時間衝突，依政策退還本期費用。"}},
             {.subjects = {u"Cancel my Plus membership auto-renewal",
                           u"Charged {amount} after cancelling my subscription", u"How do I unsubscribe from Plus?"},
              .firstMessages = {u"Hi, my Plus membership renews every month and I'd like to turn off auto-renewal, but "
                                u"I can't find the "
                                u"option in the app. I don't want to be charged next month. Can you cancel it for me?",
                                u"Hello, I turned off auto-renew last month, but today I was charged {amount} for the "
                                u"membership again. "
                                u"Please look into this and refund the charge."},
              .replies =
                  {u"You can turn off auto-renewal in the app under Me → Membership → Manage renewal. If you "
                   u"subscribed through your Apple ID, it has to be cancelled on the iPhone under Settings → your "
                   u"name → Subscriptions. I've also flagged your membership not to renew on our side.",
                   u"I can see auto-renew was switched off one day before the billing date, after the renewal had "
                   u"already been queued, which is why you were charged. I've requested a refund of {amount} for this "
                   u"period and your membership will end at the same time."},
              .askInfo =
                  {u"Did you subscribe in the app with a card, or through Apple ID or Google Play? The way to cancel "
                   u"depends on where the subscription was bought."},
              .resolutions = {u"Auto-renewal is now off: you won't be charged again, and your Plus benefits stay "
                              u"active until the end of the current period.",
                              u"Auto-renewal is now off and the {amount} charge for this period has been refunded; it "
                              u"should reach your account within 3–5 business days."},
              .followUps = {u"I still can't find the cancel option. Can you just cancel it for me?",
                            u"When will I see the refund?"},
              .notes = {u"Subscribed via Apple; we can't refund in-app purchases, pointed the customer to Apple's "
                        u"refund page.",
                        u"Renewal was queued before the cancellation; refunded per policy."}},
         }}},

        // Coupon or promotion not applied.
        {"promotion",
         6,
         QueueKind::General,
         {35, 50, 12, 3},
         {{
             {.subjects = {u"优惠券 {coupon} 无法使用", u"下单时满减活动没有生效",
                           u"订单 {order} 没有用上优惠，要求补差价"},
              .firstMessages =
                  {u"你好，我领了优惠券 {coupon}，但是结算的时候提示“不满足使用条件”。我买的{product}是参加活动的商品，"
                   u"金额也满足门槛了，请问是什么原因？",
                   u"我昨天下的订单 {order}，活动页面写着满 300 减 50，但是结算时没有自动减免，多付了 50 "
                   u"元。请帮忙补一下"
                   u"差价。"},
              .replies =
                  {u"我查看了优惠券 {coupon} 的使用规则，该券仅适用于自营商品，而您购物车中的{product}是第三方店铺"
                   u"发货，所以无法使用。我已为您补发一张全场通用的优惠券，有效期 7 天。",
                   u"经核实，订单 {order} 符合满减活动条件，但由于活动系统延迟未能自动减免。我已为您申请退还差价 "
                   u"50 元，将原路退回。"},
              .askInfo = {u"麻烦提供一下结算页面的截图，包括优惠券的提示信息，方便我们核对。"},
              .resolutions = {u"补发的通用优惠券已经放入您的账户，可在“我的 → "
                              u"优惠券”中查看，结算时会自动选用。感谢您的理解与支持！",
                              u"差价已退还到您的原支付账户，预计 1–3 个工作日到账。感谢您的理解与支持！"},
              .followUps = {u"新发的优惠券还是用不了。", u"请问差价什么时候能退回来？"},
              .notes = {u"优惠券仅限自营商品，客户不知情，已补发通用券作为安抚。",
                        u"活动配置延迟导致满减未生效，已按活动规则退差价。"}},
             {.subjects = {u"折價券 {coupon} 無法使用", u"結帳時滿額折扣沒有套用",
                           u"訂單 {order} 沒有套用優惠，要求退差價"},
              .firstMessages =
                  {u"您好，我領了折價券 {coupon}，但結帳時顯示「不符合使用條件」。我買的{product}是活動商品，金額也有"
                   u"達到門檻，請問是什麼原因？",
                   u"我昨天下的訂單 {order}，活動頁寫滿 1,000 折 100，結帳時卻沒有自動折抵，多付了 100 元，麻煩幫我退"
                   u"差價。"},
              .replies =
                  {u"我查看了折價券 {coupon} 的使用規則，此券僅適用於本站自營商品，您購物車中的{product}由合作店家"
                   u"出貨，所以無法使用。我已補發一張全館通用折價券給您，效期 7 天。",
                   u"經確認，訂單 {order} 符合滿額折扣條件，但因活動系統延遲未自動折抵。我已為您申請退還差價 100 "
                   u"元，將退回原付款方式。"},
              .askInfo = {u"麻煩提供結帳頁面的截圖（包含折價券的提示訊息），方便我們核對。"},
              .resolutions =
                  {u"補發的全館折價券已放入您的帳號，可在「我的 → 折價券」查看，結帳時會自動套用。謝謝您的耐心與支持！",
                   u"差價已退回您的原付款方式，預計 3–7 個工作天入帳。謝謝您的耐心與支持！"},
              .followUps = {u"補發的折價券還是不能用。", u"請問差價什麼時候會退回？"},
              .notes = {u"折價券限自營商品，客戶不知情，已補發全館券安撫。",
                        u"活動設定延遲造成滿額折扣未套用，依活動規則退差價。"}},
             {.subjects = {u"Promo code {coupon} doesn't work", u"Discount wasn't applied at checkout",
                           u"Order #{order} missed the sale price – please refund the difference"},
              .firstMessages =
                  {u"Hi, I'm trying to use the code {coupon}, but checkout says \"this code isn't valid for your "
                   u"cart\". "
                   u"The {product} is listed as part of the promotion and my total is above the minimum. What's wrong?",
                   u"I placed order #{order} yesterday during the \"$10 off $75\" promotion, but the discount wasn't "
                   u"applied and I paid full price. Could you refund the difference?"},
              .replies =
                  {u"I've checked the terms of {coupon}: it's only valid for items sold and shipped by us, and the "
                   u"{product} in your cart comes from a marketplace seller. To make up for the confusion, I've "
                   u"added a sitewide 10% code to your account, valid for 7 days.",
                   u"You're right: order #{order} qualified for the promotion, but a delay in our promotions system "
                   u"meant the discount wasn't applied. I've refunded the $10 difference to your original payment "
                   u"method."},
              .askInfo =
                  {u"Could you send a screenshot of the checkout page showing the code and the error message? That "
                   u"helps us check the promotion rules."},
              .resolutions = {u"The replacement code is in your account under Me → Coupons and will be applied "
                              u"automatically at checkout. Thanks for your patience!",
                              u"The price difference has been refunded to your original payment method and should show "
                              u"within 3–5 business days. Thanks for your patience!"},
              .followUps = {u"The new code doesn't work either.", u"When will the difference be refunded?"},
              .notes =
                  {u"Code restricted to first-party items and the customer wasn't told; issued a goodwill code.",
                   u"Promo configuration lag meant the discount didn't apply; refunded the difference per the terms."}},
         }}},

        // Wrong or missing item.
        {"wrong-item",
         6,
         QueueKind::Returns,
         {15, 55, 25, 5},
         {{
             {.subjects = {u"收到的商品和订单不符（订单 {order}）", u"少发了一件商品", u"发错货了，颜色不对"},
              .firstMessages = {u"你好，我订单 {order} "
                                u"买的是黑色的{product}，收到的却是白色的，型号也不对。包装还没拆，请问怎么换货？",
                                u"你好，订单 {order} "
                                u"我买了两件商品，包裹里只有一件{product}，另一件没有收到，发货单上却写着两件。请帮我"
                                u"核实补发。"},
              .replies =
                  {u"非常抱歉发错了商品。我已为您登记换货，正确的{product}会今天从仓库发出，同时安排快递上门取回发错"
                   u"的商品，您不需要承担任何费用。",
                   u"抱歉给您带来不便。我已请仓库调取订单 {order} "
                   u"的打包监控核实，确认漏发后会立即为您补发缺少的商品。"},
              .askInfo = {u"麻烦您拍一下收到的商品和商品标签（包括颜色、型号信息）的照片，我们会尽快为您处理。"},
              .resolutions =
                  {u"正确的商品已经发出，物流单号 {tracking}，快递员会在送货时取回发错的商品。再次向您致歉！"},
              .followUps = {u"照片已经发了，请问什么时候补发？"},
              .notes = {u"仓库确认拣货错误（相邻货位），已补发并反馈仓库主管。",
                        u"已调取打包监控，确认漏发，补发中。"}},
             {.subjects = {u"收到的商品與訂單不符（訂單 {order}）", u"少寄了一件商品", u"寄錯貨了，顏色不對"},
              .firstMessages =
                  {u"您好，我訂單 {order} "
                   u"買的是黑色的{product}，收到的卻是白色的，型號也不對。包裝還沒拆，請問要怎麼換貨？",
                   u"您好，訂單 {order} 我買了兩件商品，包裹裡只有一件{product}，另一件沒有收到，但出貨單上寫兩件。麻煩"
                   u"幫我確認並補寄。"},
              .replies =
                  {u"很抱歉寄錯商品。我已為您登記換貨，正確的{product}今天會從倉庫出貨，同時安排物流到府收回寄錯的"
                   u"商品，您不需要負擔任何費用。",
                   u"很抱歉造成您的不便。我已請倉庫調閱訂單 {order} 的包裝錄影確認，確認漏寄後會立即為您補寄。"},
              .askInfo = {u"麻煩拍一下收到的商品與商品標籤（含顏色、型號資訊）的照片，我們會盡快處理。"},
              .resolutions =
                  {u"正確的商品已經出貨，貨件編號 {tracking}，司機送貨時會一併收回寄錯的商品。再次向您致歉！"},
              .followUps = {u"照片已經傳了，請問什麼時候補寄？"},
              .notes = {u"倉庫確認揀貨錯誤（相鄰儲位），已補寄並回報倉庫主管。",
                        u"已調閱包裝錄影，確認漏寄，補寄中。"}},
             {.subjects = {u"Received the wrong item (order #{order})", u"One item missing from my order",
                           u"Wrong colour sent"},
              .firstMessages = {u"Hi, I ordered the {product} in black (order #{order}) but received a white one, and "
                                u"the wrong model "
                                u"too. The packaging is still sealed. How do I exchange it?",
                                u"Hello, order #{order} had two items, but the box only contained the {product}. The "
                                u"packing slip lists "
                                u"both. Could you check and send the missing item?"},
              .replies =
                  {u"I'm sorry we sent the wrong item. I've set up an exchange: the correct {product} ships from our "
                   u"warehouse today, and a courier will collect the wrong one at no cost to you.",
                   u"Sorry about that. I've asked the warehouse to review the packing camera footage for order "
                   u"#{order}; as soon as they confirm the item was missed, we'll ship it to you."},
              .askInfo =
                  {u"Could you send a photo of the item you received and its label showing the colour and model? "
                   u"I'll process the exchange right away."},
              .resolutions =
                  {u"The correct item has shipped with tracking number {tracking}; the courier will pick up the "
                   u"wrong one when they deliver. Apologies again for the mix-up!"},
              .followUps = {u"I've sent the photos. When will the right item ship?"},
              .notes = {u"Warehouse confirmed a picking error (adjacent bin locations); reshipped and reported to the "
                        u"warehouse lead.",
                        u"Packing footage reviewed, the item was missed; reship in progress."}},
         }}},
    };
    return all;
}

const LanguageTexts &languageTexts(Lang lang)
{
    static const PerLanguage<LanguageTexts> texts = {{
        {.botName = u"智能助手",
         .formalGreetings = {u"{name}，您好！\n\n", u"尊敬的{name}，您好：\n\n"},
         .casualGreetings = {u"您好，", u"{name}您好，"},
         .formalClosings = {u"\n\n如有其他问题，欢迎随时联系我们。\n\n{agent}\n客户服务中心",
                            u"\n\n祝您生活愉快！\n\n{agent}"},
         .casualClosings = {u"\n\n还有什么可以帮您的吗？", u""},
         .followUps = {u"你好，请问现在处理到哪一步了？", u"补充一下：我明天白天都在家，可以随时联系我。",
                       u"麻烦快一点处理，谢谢。"},
         .thanks = {u"收到，问题解决了，谢谢你们！", u"好的，已经收到了，服务很好，谢谢。", u"明白了，谢谢耐心解答。"},
         .agentUpdates = {u"感谢您的耐心等待，我们仍在跟进中，预计明天给您答复。",
                          u"您反馈的问题已升级给专门的团队处理，有进展会第一时间通知您。"},
         .notes = {u"客户情绪比较激动，回复时注意语气，优先处理。", u"老客户，近一年下单 20 多次，可以适当给予补偿。",
                   u"同一问题客户之前来电咨询过一次，见关联工单。", u"已和主管确认处理方案，按标准流程执行。"},
         .botTranscripts =
             {u"【智能客服对话记录】\n客户：{subject}\n智能助手：您好，我是智能助手。为您找到了几篇可能相关的帮助文章，"
              u"请问是否解决了您的问题？\n客户：没有，转人工\n智能助手：好的，正在为您转接人工客服，请稍候。",
              u"【智能客服对话记录】\n客户：人工客服\n智能助手：请简单描述一下您遇到的问题，我先帮您记录。\n"
              u"客户：{subject}\n智能助手：已记录。当前人工客服排队较多，我们会按顺序尽快回复您。"},
         .csatPositive = {u"处理很快，客服态度很好！", u"问题一次就解决了，点赞。", u"很耐心，谢谢。"},
         .csatNeutral = {u"问题解决了，但等待时间有点长。"},
         .csatNegative = {u"来回沟通了好几次才解决，体验一般。", u"退款太慢了。"},
         .customerNotes = {u"偏好下午 2 点以后电话联系。", u"企业采购客户，对接人在行政部。",
                           u"曾两次投诉物流延误，注意安抚。", u"需要开具增值税专用发票，开票资料已存档。",
                           u"不接受电话回访，请用邮件联系。"},
         .products = {u"无线降噪耳机", u"智能手表", u"空气炸锅", u"机械键盘", u"保温杯", u"扫地机器人", u"电动牙刷",
                      u"蓝牙音箱"},
         .carriers = {u"顺丰速运", u"中通快递", u"京东物流", u"圆通速递"},
         .emailDomains = {"cn.example.com", "mail.example.net", "example.com"}},
        {.botName = u"智慧客服",
         .formalGreetings = {u"{name} 您好：\n\n", u"親愛的{name}，您好：\n\n"},
         .casualGreetings = {u"您好，", u"{name}您好，"},
         .formalClosings = {u"\n\n如有其他問題，歡迎隨時與我們聯繫。\n\n{agent}\n客服中心",
                            u"\n\n祝您順心愉快！\n\n{agent}"},
         .casualClosings = {u"\n\n還有什麼可以幫您的嗎？", u""},
         .followUps = {u"您好，請問現在處理到哪裡了？", u"補充一下：我明天白天都在家，隨時可以聯絡我。",
                       u"麻煩盡快處理，謝謝。"},
         .thanks = {u"收到，問題解決了，謝謝你們！", u"好的，已經收到了，服務很好，謝謝。", u"了解，謝謝耐心的說明。"},
         .agentUpdates = {u"謝謝您耐心等候，我們仍在處理中，預計明天回覆您。",
                          u"您反映的問題已轉交專責團隊處理，有進度會第一時間通知您。"},
         .notes = {u"客戶情緒較激動，回覆時注意語氣，優先處理。", u"老客戶，近一年下單 20 次以上，可適度補償。",
                   u"客戶之前曾來電詢問同一問題，請參考關聯工單。", u"已與主管確認處理方式，依標準流程進行。"},
         .botTranscripts =
             {u"【智慧客服對話紀錄】\n客戶：{subject}\n智慧客服：您好，我是智慧客服。為您找到幾篇可能相關的說明文章，"
              u"請問有解決您的問題嗎？\n客戶：沒有，轉真人\n智慧客服：好的，正在為您轉接真人客服，請稍候。",
              u"【智慧客服對話紀錄】\n客戶：真人客服\n智慧客服：請簡單描述您遇到的問題，我先幫您記錄。\n"
              u"客戶：{subject}\n智慧客服：已記錄。目前真人客服等候人數較多，我們會依序盡快回覆您。"},
         .csatPositive = {u"處理很快，客服態度很好！", u"一次就解決問題，讚。", u"很有耐心，謝謝。"},
         .csatNeutral = {u"問題有解決，但等有點久。"},
         .csatNegative = {u"來回溝通好幾次才解決，體驗普通。", u"退款太慢了。"},
         .customerNotes = {u"偏好下午 2 點後電話聯絡。", u"企業採購客戶，窗口為總務部。",
                           u"曾兩次反映物流延誤，請注意安撫。", u"需開立三聯式發票，統編已存檔。",
                           u"不接受電話回訪，請以 Email 聯繫。"},
         .products = {u"無線降噪耳機", u"智慧手錶", u"氣炸鍋", u"機械鍵盤", u"保溫瓶", u"掃地機器人", u"電動牙刷",
                      u"藍牙喇叭"},
         .carriers = {u"黑貓宅急便", u"新竹物流", u"中華郵政", u"宅配通"},
         .emailDomains = {"tw.example.com", "example.org", "example.net"}},
        {.botName = u"Virtual Assistant",
         .formalGreetings = {u"Hi {name},\n\n", u"Hello {name},\n\n", u"Dear {name},\n\n"},
         .casualGreetings = {u"Hi {name}! ", u"Hi there! "},
         .formalClosings = {u"\n\nBest regards,\n{agent}\nCustomer Support", u"\n\nKind regards,\n{agent}",
                            u"\n\nThanks,\n{agent}"},
         .casualClosings = {u"\n\nAnything else I can help with?", u""},
         .followUps = {u"Hi, any update on this?", u"Just to add: I'm home all day tomorrow if you need to reach me.",
                       u"Could you please hurry this along? Thanks."},
         .thanks = {u"Got it, all sorted now. Thanks a lot!", u"Received it today, thanks for the quick help.",
                    u"That answers it, thank you for your patience."},
         .agentUpdates = {u"Thanks for bearing with us – we're still on it and expect to have an answer for you by "
                          u"tomorrow.",
                          u"I've escalated this to the specialist team and will update you as soon as I hear back."},
         .notes = {u"Customer is frustrated; keep the tone warm and prioritise.",
                   u"Long-standing customer (20+ orders this year); a goodwill gesture is fine.",
                   u"Customer called about the same issue before, see the linked ticket.",
                   u"Agreed the approach with the team lead; following the standard procedure."},
         .botTranscripts =
             {u"[Chatbot transcript]\nCustomer: {subject}\nVirtual Assistant: Hi! I'm the virtual assistant. "
              u"I found a few help articles that might answer your question. Did they help?\n"
              u"Customer: no, talk to a human\nVirtual Assistant: Sure, I'm connecting you with an agent now. "
              u"Please hold on.",
              u"[Chatbot transcript]\nCustomer: agent\nVirtual Assistant: Please describe your problem in a "
              u"few words so I can pass it on.\nCustomer: {subject}\nVirtual Assistant: Thanks, noted. All "
              u"our agents are busy right now; we'll reply in the order requests came in."},
         .csatPositive = {u"Quick and friendly, thank you!", u"Sorted on the first reply, great service.",
                          u"Very patient and helpful."},
         .csatNeutral = {u"Resolved in the end, but it took a while."},
         .csatNegative = {u"Had to explain the problem three times.", u"The refund took far too long."},
         .customerNotes = {u"Prefers email; please don't call before 10am Pacific.",
                           u"Buys for a small business; invoices go to accounts payable.",
                           u"Complained twice about late deliveries; handle with care.",
                           u"Hard of hearing – use chat or email rather than phone.", u"Loyal customer since 2019."},
         .products = {u"noise-cancelling headphones", u"smartwatch", u"air fryer", u"mechanical keyboard",
                      u"insulated water bottle", u"robot vacuum", u"electric toothbrush", u"Bluetooth speaker"},
         .carriers = {u"UPS", u"FedEx", u"USPS", u"DHL"},
         .emailDomains = {"example.com", "example.net", "example.org"}},
    }};
    return texts[index(lang)];
}

const SystemTexts &systemTexts()
{
    static const SystemTexts texts{
        .authorName = u"System",
        .transferred = u"Ticket transferred from {from} to {to}.",
        .events = {u"Routed to {to} by the assignment rules.", u"SLA policy of {to} applied.",
                   u"Merged a duplicate request from the same customer into this ticket."},
        .autoClosed = u"Ticket closed automatically after 4 days in Solved.",
    };
    return texts;
}

std::span<const Text> devices()
{
    static constexpr Text names[] = {u"iPhone 15",      u"iPhone 13 mini", u"Pixel 8",      u"Galaxy S23",
                                     u"Huawei Mate 60", u"Xiaomi 14",      u"OPPO Reno 11", u"iPad Air"};
    return names;
}

std::span<const Text> coupons()
{
    static constexpr Text codes[] = {u"NEW50", u"SPRING20", u"VIP88", u"FREESHIP", u"SAVE10", u"MEMBER15"};
    return codes;
}

std::span<const std::string_view> customerTags()
{
    static constexpr std::string_view tags[] = {"repeat-buyer", "wholesale",      "new-customer", "churn-risk",
                                                "app-user",     "newsletter",     "b2b",          "influencer",
                                                "member",       "price-sensitive"};
    return tags;
}

std::span<const std::string_view> ticketTags()
{
    static constexpr std::string_view tags[] = {"repeat-contact", "escalated", "first-contact", "goodwill", "callback"};
    return tags;
}

std::span<const std::string_view> socialTags(Lang lang)
{
    static constexpr std::string_view zhCN[] = {"wechat", "weibo", "xiaohongshu"};
    static constexpr std::string_view zhTW[] = {"line", "facebook", "instagram"};
    static constexpr std::string_view en[] = {"twitter", "facebook", "instagram"};
    switch (lang) {
    case Lang::ZhCN:
        return zhCN;
    case Lang::ZhTW:
        return zhTW;
    case Lang::En:
        break;
    }
    return en;
}

// --- Knowledge base -------------------------------------------------------------------------------

std::span<const ArticleText> articles()
{
    static const std::vector<ArticleText> all = {
        {Lang::En,
         u"How to process a refund",
         u"Orders & Refunds",
         {"refund", "returns", "payments"},
         uR"md(# How to process a refund

Refunds are the most common request we handle. Following the same steps every time keeps the money
trail clean for Finance and gives the customer a clear expectation of when the money arrives.

## Before you start

- Open the order from the ticket sidebar and check the **order status** and the **payment method**.
- Check the return window: 30 days from delivery for standard items, 14 days for opened electronics.
  Outside the window, ask your team lead before promising anything.
- Make sure the ticket is linked to the right customer. Never refund to a card or account that is not
  the one used for the original payment.

## Steps

1. **Confirm what is being refunded.** A full order, one item, shipping only or a price difference.
2. **Decide whether a return is needed.** Items under $15, perishables and lost parcels are refunded
   without a return. Everything else needs a return authorization (RMA) first.
3. **Create the RMA** in the order screen (*Actions → Create return*). The customer automatically
   receives the prepaid label by email. Add the RMA number to the ticket as an internal note.
4. **Wait for the warehouse check** when a return is needed. The ticket moves to *On hold*; the
   warehouse usually inspects within 2 business days of receipt.
5. **Issue the refund** with *Actions → Refund*, choosing the original payment method. Partial refunds
   need a reason code.
6. **Tell the customer** using the `refund` canned reply: amount, method and how long it takes.

## How long does the money take?

| Method | Typical time |
| --- | --- |
| Credit or debit card | 3–5 business days |
| PayPal | within 24 hours |
| Store credit | immediately |

If the customer has not received the money after 10 business days, ask for a statement screenshot and
escalate to the Billing queue with the refund transaction ID.

## Common mistakes

- Refunding before the warehouse confirms the return: the item may never come back.
- Refunding shipping twice on split shipments.
- Forgetting to set the ticket to *Solved* after confirming the refund.
)md"},
        {Lang::ZhCN, u"如何处理退款申请", u"订单与退款", {"refund", "returns", "payments"}, uR"md(# 如何处理退款申请

退款是我们最常见的咨询类型。每次都按照相同的步骤处理，既方便财务对账，也能让客户清楚知道钱什么时候到账。

## 处理前的检查

- 在工单侧边栏打开订单，确认**订单状态**和**支付方式**。
- 确认是否在退货期限内：普通商品签收后 7 天无理由退货，质量问题 15 天内可退换。超出期限请先征求组长意见，不要直接答应客户。
- 确认工单关联的是正确的客户。退款只能退回原支付账户，绝不能退到其他银行卡或账户。

## 操作步骤

1. **确认退款内容**：整单退款、部分商品、仅退运费，还是退差价。
2. **判断是否需要退货**：单价 50 元以下的商品、生鲜和确认丢件的包裹可以“仅退款”；其他情况需要先退货。
3. **生成退货单**：在订单页面点击“操作 → 创建退货”，系统会把退货地址和上门取件信息发送给客户。把退货单号以内部备注的形式记录在工单里。
4. **等待仓库质检**：需要退货的，工单状态改为“挂起”。仓库一般在签收后 1–2 个工作日内完成质检。
5. **发起退款**：点击“操作 → 退款”，选择原路退回。部分退款必须选择原因代码。
6. **通知客户**：使用快捷回复 `refund`，写清楚金额、退款方式和到账时间。

## 到账时间

- 微信支付、支付宝：通常 24 小时内到账。
- 银行卡：1–3 个工作日，个别银行可能需要 5 个工作日。
- 账户余额：立即到账。

超过 7 个工作日客户仍未收到退款的，请客户提供银行流水截图，并附上退款交易号转给“账单与发票”队列。

## 常见错误

- 仓库还没确认收到退货就先退款，导致“钱货两空”。
- 拆单发货的订单重复退运费。
- 确认退款后忘记把工单改为“已解决”。
)md"},
        {Lang::ZhTW, u"如何處理退款申請", u"訂單與退款", {"refund", "returns", "payments"}, uR"md(# 如何處理退款申請

退款是最常見的客服案件。每次都依照相同步驟處理，財務對帳比較清楚，客戶也能明確知道款項何時入帳。

## 處理前的確認

- 從工單側邊欄開啟訂單，確認**訂單狀態**與**付款方式**。
- 確認是否在退貨期限內：依消費者保護法，網購商品享有 7 天鑑賞期（自收到商品隔日起算）。超過期限請先詢問組長，不要直接答應客戶。
- 確認工單連結的是正確的客戶。退款只能退回原付款方式，不可退到其他帳戶或信用卡。

## 操作步驟

1. **確認退款內容**：整筆退款、部分商品、僅退運費，或是退差價。
2. **判斷是否需要退貨**：生鮮商品與確認遺失的包裹可直接退款，其餘一律先退貨。
3. **建立退貨單**：在訂單頁面點選「動作 → 建立退貨」，系統會寄送退貨說明，並安排物流到府收件或超商退貨。請把退貨單號記在工單的內部備註。
4. **等待倉庫檢查**：需要退貨的案件，工單狀態改為「暫停」。倉庫通常在收到商品後 1–2 個工作天內完成檢查。
5. **辦理退款**：點選「動作 → 退款」，選擇原付款方式。部分退款必須選擇原因代碼。
6. **通知客戶**：使用快速回覆 `refund`，寫清楚金額、退款方式與入帳時間。

## 入帳時間

- 信用卡：刷退後約 3–7 個工作天，依發卡銀行作業，可能顯示在下一期帳單。
- LINE Pay、街口支付：通常 1–3 個工作天。
- ATM 轉帳付款：需請客戶提供退款帳戶，約 5–7 個工作天。

超過 10 個工作天仍未入帳，請客戶提供帳單截圖，附上退款交易序號轉到「帳務與發票」佇列。

## 常見錯誤

- 倉庫尚未確認收到退貨就先退款。
- 分批出貨的訂單重複退運費。
- 退款完成後忘記把工單改為「已解決」。
)md"},
        {Lang::En,
         u"Resetting a password and unlocking an account",
         u"Accounts & Security",
         {"password", "login", "account", "security"},
         uR"md(# Resetting a password and unlocking an account

Customers who cannot sign in are usually stressed and sometimes in the middle of a purchase. Solve it
quickly, but never skip identity verification: a "please reset my password" request is also the classic
first step of an account takeover.

## Why accounts get locked

- **Five failed password attempts** within 15 minutes lock the account for 30 minutes.
- **Suspicious sign-in** (new country, known bad IP range) locks it until the owner confirms by email.
- **Chargeback** on the account: only the Billing team can unlock it.

The reason is shown in the customer panel under *Security → Lock reason*.

## Steps

1. **Verify the customer's identity** (see *Verifying a customer's identity*). Verification by email
   reply from the registered address is enough for a password reset.
2. **Unlock the account** with *Security → Unlock* if the lock reason is failed attempts or suspicious
   sign-in. Do not unlock chargeback locks.
3. **Send a reset link** with *Security → Send password reset*. The link is valid for 30 minutes and
   can be used once. Never type a new password for the customer and never send one in a reply.
4. **Reply** with the `pwreset` canned reply and ask the customer to check their spam folder.
5. **Recommend two-step verification** once they are back in.

## The reset email does not arrive

- Check the address on the account for typos; correct it only after verification.
- Check *Security → Email log*. "Bounced" means the mailbox does not exist or is full.
- Corporate mail filters often quarantine our emails; ask the customer to check with their IT team.

## Verification codes by SMS do not arrive

Carrier spam filters sometimes block short-code messages. Offer the voice code ("Call me instead"),
and check the phone number's country code. After three failed SMS attempts the phone is throttled for
an hour; tell the customer instead of asking them to keep trying.
)md"},
        {Lang::ZhCN,
         u"重置密码与解除账户锁定",
         u"账户与安全",
         {"password", "login", "account", "security"},
         uR"md(# 重置密码与解除账户锁定

登录不了的客户往往比较着急，有时正卡在付款环节。我们要尽快解决，但**绝不能跳过身份验证**：“帮我重置密码”也是盗号最常见的第一步。

## 账户为什么会被锁定

- 15 分钟内**连续 5 次输错密码**，账户锁定 30 分钟。
- **异常登录**（异地、风险 IP）会锁定账户，直到本人通过短信确认。
- 账户存在**拒付（chargeback）**记录：只有账单团队可以解锁。

锁定原因显示在客户面板“安全 → 锁定原因”中。

## 操作步骤

1. **核实客户身份**（参见《身份验证与个人信息保护请求处理》）。重置密码需要客户用绑定手机号接收并回复验证码。
2. **解除锁定**：锁定原因为密码错误或异常登录时，点击“安全 → 解除锁定”。拒付锁定不要自行解除。
3. **发送重置链接**：点击“安全 → 发送密码重置”，链接 30 分钟内有效且只能使用一次。不要替客户设置密码，更不能在回复中发送密码。
4. **回复客户**：使用快捷回复 `pwreset`，提醒客户查看垃圾邮件文件夹。
5. 客户登录后，**建议开启两步验证**。

## 收不到重置邮件

- 检查账户邮箱是否有拼写错误，核实身份后再修改。
- 查看“安全 → 邮件日志”，显示“退信”说明邮箱不存在或已满。
- 企业邮箱经常拦截我们的邮件，请客户联系公司 IT 部门。

## 收不到短信验证码

运营商的骚扰拦截有时会屏蔽验证码短信。请引导客户使用“语音验证码”，并确认手机号的国家区号正确。同一号码连续 3 次发送失败后会被限制 1 小时，请直接告知客户，不要让客户反复尝试。
)md"},
        {Lang::ZhTW,
         u"重設密碼與解除帳號鎖定",
         u"帳號與安全",
         {"password", "login", "account", "security"},
         uR"md(# 重設密碼與解除帳號鎖定

無法登入的客戶通常很著急，有時正卡在結帳。我們要盡快處理，但**絕對不能略過身分驗證**：「幫我重設密碼」也是盜用帳號最常見的第一步。

## 帳號為什麼會被鎖定

- 15 分鐘內**連續 5 次密碼錯誤**，帳號鎖定 30 分鐘。
- **異常登入**（國外、高風險 IP）會鎖定帳號，直到本人以簡訊確認。
- 帳號有**信用卡爭議款（chargeback）**紀錄：只有帳務團隊可以解鎖。

鎖定原因顯示在客戶面板「安全 → 鎖定原因」。

## 操作步驟

1. **核對客戶身分**（請參考〈身分驗證與個人資料請求處理〉）。重設密碼需要客戶以綁定的手機接收並回覆驗證碼。
2. **解除鎖定**：鎖定原因為密碼錯誤或異常登入時，點選「安全 → 解除鎖定」。爭議款鎖定請勿自行解除。
3. **寄送重設連結**：點選「安全 → 寄送密碼重設信」，連結 30 分鐘內有效且只能使用一次。不要替客戶設定密碼，也絕不在回覆中提供密碼。
4. **回覆客戶**：使用快速回覆 `pwreset`，提醒客戶檢查垃圾郵件匣。
5. 客戶登入後，**建議開啟兩步驟驗證**。

## 收不到重設信

- 檢查帳號 Email 是否拼錯，核對身分後再修改。
- 查看「安全 → 郵件紀錄」，顯示「退信」代表信箱不存在或已滿。
- 公司信箱常會攔截我們的郵件，請客戶向公司資訊部門確認。

## 收不到簡訊驗證碼

電信業者的垃圾簡訊過濾有時會擋下驗證碼。請引導客戶改用「語音驗證碼」，並確認手機號碼的國碼正確。同一號碼連續 3 次發送失敗會被限制 1 小時，請直接告知客戶，不要讓客戶一直重試。
)md"},
        {Lang::En,
         u"Tracking a shipment and handling lost parcels",
         u"Shipping & Delivery",
         {"shipping", "tracking", "lost-parcel", "carrier"},
         uR"md(# Tracking a shipment and handling lost parcels

"Where is my order?" makes up about a third of our tickets. Most of them are answered in one reply if
you look at the tracking history before writing back.

## Reading the tracking history

Open the order and click the tracking number; the carrier's events are shown newest first.

- **Label created** – the warehouse printed the label but the carrier has not scanned the parcel yet.
  Normal for up to 24 hours.
- **In transit** without updates for more than 3 business days (5 for international) – open a trace.
- **Delivered** – check the delivery scan location and, if available, the photo.
- **Exception / Returned to sender** – usually an incomplete address; contact the customer for a
  corrected address before the parcel comes back to us.

## Opening a trace with the carrier

1. In the order, choose *Actions → Open carrier trace*. The trace reference appears in the order notes.
2. Put the ticket *On hold* and add an internal note with the reference and the date the carrier
   promised an answer (usually 1–2 business days).
3. Tell the customer what you did and when they will hear from us. Do not promise a date the carrier
   has not given.

## "Delivered" but not received

1. Ask the customer to check with neighbours, the building's front desk and any safe place.
2. Request proof of delivery (GPS scan and photo) from the carrier.
3. If the proof shows a different address or there is no photo, treat the parcel as lost.
4. If the proof clearly shows the customer's door, escalate to your team lead before refunding.

## When a parcel is lost

Once the carrier confirms the loss, or 10 business days after the trace without an answer, offer the
customer a choice: **a free replacement** (if in stock) or **a full refund** including shipping. File
the claim with the carrier using the order's *Carrier claim* button; you do not need to wait for the
claim before helping the customer.
)md"},
        {Lang::ZhCN,
         u"查询物流与处理丢件",
         u"物流配送",
         {"shipping", "tracking", "lost-parcel", "carrier"},
         uR"md(# 查询物流与处理丢件

“我的快递到哪了？”约占全部工单的三分之一。回复之前先看一眼物流轨迹，大部分问题一次回复就能解决。

## 看懂物流轨迹

在订单页面点击物流单号，承运商的轨迹按时间倒序显示。

- **已揽收前（仅生成面单）**：仓库已打印面单，快递还未揽收，24 小时内属于正常。
- **运输中**超过 3 天没有更新（偏远地区 5 天）：需要向快递发起催查。
- **已签收**：查看签收人和签收地点，如有派送照片一并查看。
- **异常/退回**：通常是地址不完整，请在包裹退回之前联系客户确认正确地址。

## 向快递发起催查

1. 在订单中选择“操作 → 物流催查”，催查单号会自动记录在订单备注中。
2. 把工单改为“挂起”，并在内部备注中写明催查单号和快递承诺的答复时间（一般 1–2 个工作日）。
3. 告诉客户我们已经做了什么、什么时候会有答复。不要承诺快递没有给出的时间。

## 显示已签收但客户没有收到

1. 请客户先确认快递柜、驿站、门卫和家人是否代收。
2. 向快递索取签收凭证（签收记录和派送照片）。
3. 如果签收地址不符或没有照片，按丢件处理。
4. 如果凭证清楚显示已送到客户家门口，请先联系组长再决定是否退款。

## 确认丢件后的处理

快递确认丢件，或催查后 10 个工作日仍无答复时，请让客户二选一：**免费补发**（有库存时）或**全额退款**（含运费）。同时在订单中点击“物流理赔”向快递索赔；不必等理赔结果就可以先为客户处理。
)md"},
        {Lang::ZhTW,
         u"查詢貨件進度與處理遺失包裹",
         u"物流配送",
         {"shipping", "tracking", "lost-parcel", "carrier"},
         uR"md(# 查詢貨件進度與處理遺失包裹

「我的包裹到哪裡了？」大約占所有工單的三分之一。回覆前先看貨件歷程，多數問題一次就能回答。

## 看懂貨件歷程

在訂單頁面點選貨件編號，物流的歷程會依時間由新到舊顯示。

- **已建立託運單**：倉庫已列印標籤，物流尚未取件，24 小時內屬正常。
- **配送中**超過 3 個工作天沒有更新（離島 5 天）：請向物流提出查件。
- **已送達**：查看簽收人與送達地點，若有配送照片也一併確認。
- **配送異常／退回**：多半是地址不完整，請在包裹退回前聯繫客戶確認正確地址。
- **超商取貨**：包裹到店後保留 7 天，逾期未取會退回，請提醒客戶留意到店簡訊。

## 向物流提出查件

1. 在訂單中選擇「動作 → 物流查件」，查件編號會自動記在訂單備註。
2. 把工單改為「暫停」，並在內部備註寫下查件編號與物流承諾的回覆時間（一般 1–2 個工作天）。
3. 告訴客戶我們做了什麼、何時會有回覆。不要承諾物流沒有給的時間。

## 顯示已送達但客戶沒收到

1. 請客戶先向管理室、鄰居與家人確認是否代收。
2. 向物流索取簽收證明（簽收紀錄與配送照片）。
3. 若送達地址不符或沒有照片，依遺失處理。
4. 若證明清楚顯示已送到客戶門口，請先與組長討論再決定是否退款。

## 確認遺失後的處理

物流確認遺失，或查件後 10 個工作天仍無回覆時，請讓客戶選擇：**免費補寄**（有庫存時）或**全額退款**（含運費）。同時在訂單中點選「物流求償」；不必等求償結果即可先為客戶處理。
)md"},
        {Lang::En,
         u"Changing a delivery address",
         u"Shipping & Delivery",
         {"address", "shipping", "redirect"},
         uR"md(# Changing a delivery address

Whether we can change an address depends entirely on where the order is in fulfilment. Check that
first; it decides which of the three paths below you take.

## 1. The order has not been picked yet

Status *Paid* or *Awaiting fulfilment*: edit the address directly in the order (*Edit → Shipping
address*). The customer receives a confirmation email automatically. Verify that the new address is
complete: street, number, apartment, postcode and a phone number for the courier.

## 2. The order is being picked or packed

Status *In fulfilment*: the warehouse must stop the parcel first.

1. Click *Actions → Request warehouse hold*. Holds placed before 2 pm are usually honoured the same day.
2. Put the ticket *On hold* with an internal note.
3. When the warehouse confirms the hold, edit the address and release the order.
4. If the warehouse replies that the parcel already left, continue with path 3.

## 3. The parcel has shipped

We can no longer change the address in our system; only the carrier can redirect the parcel.

- Request a redirect with *Actions → Carrier redirect*. Most domestic carriers accept redirects until
  the parcel is out for delivery. We pay the redirect fee when the mistake was ours, or for VIP customers.
- Alternatively, the customer can use the carrier's own delivery-manager link from the shipping email.
- International parcels generally cannot be redirected. Offer to refund once the parcel is returned to us.

## Fraud check

Be careful with address changes requested shortly after a high-value order, especially to a different
country or to a freight forwarder. Verify the customer's identity and ask a lead before changing the
address of orders above $500.
)md"},
        {Lang::ZhCN, u"修改收货地址", u"物流配送", {"address", "shipping", "redirect"}, uR"md(# 修改收货地址

能不能改地址，完全取决于订单处于哪个履约环节。先确认订单状态，再按下面三种情况分别处理。

## 一、订单尚未拣货

订单状态为“已付款”或“待发货”：可以直接在订单中修改（“编辑 → 收货地址”），系统会自动给客户发送确认短信。请核对新地址是否完整：省市区、街道、门牌号、收件人手机号。

## 二、订单正在拣货或打包

订单状态为“出库中”：需要先让仓库拦截。

1. 点击“操作 → 申请仓库拦截”。下午 2 点前提交的拦截一般当天可以完成。
2. 把工单改为“挂起”，并添加内部备注。
3. 仓库确认拦截后，修改地址并重新放行订单。
4. 如果仓库回复包裹已出库，按第三种情况处理。

## 三、包裹已发出

系统中已无法修改地址，只能由快递改派。

- 通过“操作 → 快递改派”提交申请。大部分快递在派送前都可以改派；如果是我们的原因或 VIP 客户，改派费用由我们承担。
- 客户也可以在快递官方小程序中自行修改派送地址。
- 跨境包裹一般无法改派，可告知客户包裹退回后为其退款。

## 风险提示

高金额订单下单后不久就要求改地址，特别是改到其他城市或转运仓的，要提高警惕。金额超过 3000 元的订单修改地址前，请先核实客户身份并征得组长同意。
)md"},
        {Lang::En,
         u"Damaged, faulty or wrong items",
         u"Returns & Exchanges",
         {"damaged", "faulty", "wrong-item", "exchange"},
         uR"md(# Damaged, faulty or wrong items

When a customer receives something broken or not what they ordered, the mistake is ours or the
carrier's. The customer should never pay for it, in money or in effort.

## Tell the three cases apart

- **Damaged in transit**: crushed box, cracked casing, leaking bottle. Reported within 7 days of delivery.
- **Faulty**: the item looks fine but does not work (dead on arrival) or fails within the warranty period.
- **Wrong or missing item**: different model, colour or size, or fewer items than the packing slip.

## What to ask for

Ask for **photos** of the item and the outer box, with the shipping label visible. For faulty electronics,
a short video showing the problem is better than a description. Do not ask customers to send the item
back before we have agreed what happens next.

## Steps

1. Check the photos and record the case type in the ticket's tags (`damaged`, `faulty` or `wrong-item`).
2. Offer the customer the choice between a **replacement** and a **refund**. For wrong items, offer the
   correct item first.
3. For replacements, use *Actions → Advance replacement*: the new item ships immediately and the
   courier collects the old one on delivery.
4. For transit damage, file the claim with the carrier using the photos. The claim does not delay the
   customer's replacement or refund.
5. For faulty items, select the fault code so Quality can spot batches with problems.

## Items we do not take back

Hygiene products that were opened (toothbrush heads, earbuds tips) are replaced but not collected.
Tell the customer to dispose of them; it saves a pointless return shipment.
)md"},
        {Lang::ZhTW,
         u"商品破損、瑕疵或寄錯的處理方式",
         u"退換貨",
         {"damaged", "faulty", "wrong-item", "exchange"},
         uR"md(# 商品破損、瑕疵或寄錯的處理方式

客戶收到損壞或不是自己訂購的商品時，錯在我們或物流，不應讓客戶多花錢，也不應讓客戶多跑流程。

## 先分辨三種情況

- **運送破損**：外箱壓扁、外殼裂開、液體外漏，收到後 7 天內反映。
- **商品瑕疵**：外觀正常但無法使用（到貨即故障），或在保固期間內故障。
- **寄錯或漏寄**：型號、顏色、尺寸不對，或件數比出貨單少。

## 需要客戶提供的資料

請客戶提供商品與外箱的**照片**，最好能看到物流標籤。電子產品的瑕疵，附一段簡短影片比文字描述更清楚。在確定處理方式前，不要請客戶先把商品寄回。

## 處理步驟

1. 確認照片，並在工單標籤註記案件類型（`damaged`、`faulty` 或 `wrong-item`）。
2. 讓客戶選擇**換貨**或**退款**。寄錯商品時，優先提供正確商品。
3. 換貨請使用「動作 → 先換後退」：新品立即出貨，物流送貨時一併收回舊品。
4. 運送破損請用照片向物流提出求償，求償流程不影響客戶的換貨或退款。
5. 瑕疵品請選擇故障代碼，方便品保部門追蹤批次問題。

## 不需收回的商品

已拆封的衛生用品（牙刷刷頭、耳塞套等）直接補寄，不需收回，請客戶自行處理，省下一趟沒有意義的退貨運送。
)md"},
        {Lang::ZhCN,
         u"发票开具与重开指南（增值税普通发票/专用发票）",
         u"发票与账单",
         {"fapiao", "invoice", "billing"},
         uR"md(# 发票开具与重开指南

发票问题由“账单与发票”队列处理。电子普通发票由系统自动开具，专用发票和重开需要人工处理。请在回复客户之前先确认客户需要的是哪一种发票。

## 发票类型

- **增值税电子普通发票**：订单完成后自动开具，发送到下单邮箱，也可在“我的订单 → 发票”中下载。个人和企业都可以开。
- **增值税专用发票**：仅限企业，需要提供完整的开票资料，开具后邮寄纸质发票或发送数电专票。

## 开具专用发票需要的资料

1. 公司名称（与营业执照完全一致）
2. 纳税人识别号（统一社会信用代码）
3. 注册地址和电话
4. 开户银行及账号

资料不全不能开票。请不要根据客户的描述“猜”公司名称，一字之差发票就无法认证抵扣。

## 发票重开

常见原因：抬头写成个人姓名、税号错误、需要从普通发票换成专用发票。

1. 在订单中点击“发票 → 申请作废/红冲”，并选择原因。当月开具的发票可以作废，跨月的需要开具红字发票。
2. 在内部备注中记录原发票号码和新的开票资料。
3. 财务确认后重新开具，新发票一般 1–2 个工作日内发送给客户。
4. 使用快捷回复 `invoice` 通知客户。

## 注意事项

- 发票金额以实际支付金额为准，优惠券抵扣部分不开票。
- 部分退款的订单需要先红冲原发票，再按剩余金额重新开具。
- 订单完成超过 180 天后不再受理重开申请，请客户联系组长。
)md"},
        {Lang::ZhTW,
         u"電子發票、載具與統一編號問題處理",
         u"發票與帳務",
         {"invoice", "e-invoice", "billing"},
         uR"md(# 電子發票、載具與統一編號問題處理

發票相關案件由「帳務與發票」佇列處理。我們開立的是雲端電子發票，大部分問題都和載具歸戶或統一編號有關。回覆客戶前，請先在訂單的「發票」分頁確認開立狀態。

## 發票的三種存放方式

- **會員載具**：預設選項，發票存在我們的會員帳號中，中獎會主動通知並寄送紙本。
- **手機條碼載具**：結帳時輸入 `/` 開頭的 8 碼條碼，發票會上傳到財政部電子發票整合服務平台。
- **捐贈發票**：輸入愛心碼捐給社福團體，捐贈後不可更改。

## 常見問題

### 載具查不到發票

發票開立後最晚 48 小時內上傳到財政部平台。超過 3 天仍查不到時：

1. 核對客戶提供的手機條碼與訂單上的條碼是否一致。
2. 在訂單點選「發票 → 重新上傳」。
3. 在內部備註記錄處理時間，2 天後再確認一次。

### 需要打統一編號（三聯式）

開立後才要求加上統一編號，需要作廢原發票並重新開立：

1. 請客戶提供公司全名與 8 位數統一編號。
2. 在訂單點選「發票 → 作廢並重開」，選擇原因「補打統編」。
3. 新發票以 Email 寄給客戶，使用快速回覆 `invoice` 通知。

## 注意事項

- 當期（兩個月為一期）的發票才能作廢重開，跨期需改開折讓單，請轉財務處理。
- 已捐贈的發票無法作廢或改為統編發票。
- 部分退款會開立折讓單，請提醒企業客戶一併入帳。
)md"},
        {Lang::En,
         u"Invoices and VAT receipts",
         u"Billing & Invoices",
         {"invoice", "vat", "billing"},
         uR"md(# Invoices and VAT receipts

Every order gets an invoice automatically. Most invoice tickets are about getting a *different* invoice:
a company name, a VAT number, a corrected address. This article covers what we can change and how.

## Where customers find their invoice

The invoice PDF is attached to the shipping confirmation email and can be downloaded at any time under
**My Orders → Invoices**. Before anything else, point the customer there; many tickets end here.

## Adding or correcting company details

We issue a corrected invoice rather than editing the old one, because an issued invoice is a legal
document.

1. Ask for the company's **legal name**, **registered address** and **VAT number**, exactly as they
   appear on the registration documents.
2. Validate EU VAT numbers with the VIES check button in the order's *Invoice* tab.
3. Click *Invoice → Void and reissue*, choose the reason and enter the new details.
4. The corrected invoice is emailed to the customer within minutes. Send the `invoice` canned reply so
   they know to expect it.

## Things we cannot do

- Change the order date, the items or the amounts on an invoice. If the amounts are wrong, the order
  itself is wrong: fix the order (partial refund) and a credit note is produced automatically.
- Issue an invoice to a company other than the one that paid, unless the customer's finance team
  confirms the change in writing.
- Remove VAT for a business customer retroactively after the VAT number was missing at checkout;
  refer these to the Billing lead.

## Credit notes

Every refund produces a credit note that references the original invoice. Business customers need both
documents for their books, so mention the credit note whenever you confirm a refund to a company.
)md"},
        {Lang::En,
         u"VIP escalation procedure",
         u"Policies",
         {"vip", "escalation", "policy"},
         uR"md(# VIP escalation procedure

VIP and Platinum customers account for a large share of revenue and expect faster, more personal
service. The VIP / 大客户 queue has tighter SLA targets (first response within 15 minutes for urgent
tickets) and is staffed by senior agents.

## Who counts as VIP

- Customers flagged **VIP** in their profile (shown with a star next to the name).
- **Platinum** tier customers.
- Business accounts with an assigned account manager (tag `b2b`).

## When to escalate

Escalate a ticket to the VIP queue when any of these apply:

1. The customer is VIP and the ticket landed in another queue.
2. A Gold customer has contacted us three or more times about the same problem.
3. The customer mentions legal action, the press or social media, regardless of tier.
4. The order value exceeds $2,000.

## How to escalate

1. Use *Transfer → VIP / 大客户* and set the priority to at least **High**.
2. Write an internal note with a **three-line summary**: what happened, what was already tried, what
   the customer wants. The next agent should not have to read the whole thread.
3. Tell the customer that a senior colleague is taking over and when they will hear back.
4. For cases with legal or press risk, also notify the on-duty team lead in the team chat.

## Inside the VIP queue

- Reply personally; avoid canned replies without editing them.
- Goodwill credits up to $50 need no approval; above that, ask the team lead.
- Keep the same assignee for the whole case unless the customer asks otherwise.
- After solving, the team lead reviews every VIP ticket that breached its SLA.
)md"},
        {Lang::ZhCN, u"VIP 客户升级处理流程", u"流程规范", {"vip", "escalation", "policy"}, uR"md(# VIP 客户升级处理流程

VIP 和铂金客户贡献了大部分营收，对服务速度和体验的要求也更高。“VIP / 大客户”队列的 SLA 更严格（紧急工单 15 分钟内首次响应），由资深客服负责。

## 哪些客户属于 VIP

- 客户资料中标记为 **VIP** 的客户（姓名旁带星标）。
- **铂金**等级客户。
- 有专属客户经理的企业客户（标签 `b2b`）。

## 什么情况下需要升级

出现以下任意一种情况，请把工单升级到 VIP 队列：

1. VIP 客户的工单进入了其他队列。
2. 黄金客户因同一问题联系我们三次及以上。
3. 客户提到投诉到监管部门（如 12315）、媒体或社交平台，无论客户等级。
4. 订单金额超过 1 万元。

## 升级步骤

1. 使用“转移 → VIP / 大客户”，优先级至少设为**高**。
2. 写一条内部备注，用**三句话总结**：发生了什么、已经做了什么、客户想要什么。接手的同事不需要从头读完整个对话。
3. 告诉客户将由资深同事跟进，以及大概什么时候会收到回复。
4. 涉及投诉或舆情风险的，同时在团队群里通知当班组长。

## VIP 队列内的处理要求

- 回复要个性化，快捷回复必须修改后再发送。
- 300 元以内的补偿无需审批，超过需组长同意。
- 同一个案件尽量由同一位客服跟进到底。
- 结案后，组长会复盘所有超出 SLA 的 VIP 工单。
)md"},
        {Lang::En,
         u"Verifying a customer's identity and handling privacy requests",
         u"Accounts & Security",
         {"privacy", "verification", "gdpr", "security"},
         uR"md(# Verifying a customer's identity and handling privacy requests

Customer contact details are masked in Frontline until you reveal them, and every reveal is logged.
Treat personal data as if it were your own: only look at it when the ticket needs it, and never send
it to someone whose identity you have not verified.

## When verification is required

- Before changing the email address, phone number or password of an account.
- Before telling anyone the delivery address, order contents or payment details.
- Before acting on a request to export or delete personal data.
- Whenever the request comes from an address or number that is not on the account.

## How to verify

Use one of the following, in this order of preference:

1. **Reply from the registered email address** with the six-digit code sent by *Security → Send
   verification code*.
2. **SMS code** to the registered phone number.
3. For customers who lost access to both: **two of** the last order number, the last four digits of
   the card used, and the delivery postcode. Ask a lead to approve this route.

Never accept screenshots of ID documents by email or chat; we cannot store them safely.

## Data access and deletion requests

Customers may ask for a copy of their data or for deletion under GDPR, CCPA and similar laws.
We must answer within **30 days**.

1. Verify the identity as above.
2. Tag the ticket `privacy` and transfer it to General Support if it is elsewhere.
3. For an export, trigger *Privacy → Export data*. The customer receives a download link.
4. For deletion, check that there are no open orders or pending refunds, then trigger *Privacy →
   Erase*. Order records required for tax purposes are kept but anonymised.
5. Confirm to the customer in writing and solve the ticket.

## Someone else used my phone number or email

Do not reveal anything about the other account. Ask the customer to verify ownership of the number or
address; then Security can detach it from the other account.
)md"},
        {Lang::ZhCN,
         u"身份验证与个人信息保护请求处理",
         u"账户与安全",
         {"privacy", "verification", "pipl", "security"},
         uR"md(# 身份验证与个人信息保护请求处理

客户的联系方式在 Frontline 中默认是脱敏显示的，每次点击“显示”都会记录在审计日志中。请像保护自己的信息一样保护客户的个人信息：只在处理工单需要时查看，绝不发送给未经验证身份的人。

## 哪些情况必须验证身份

- 修改账户的邮箱、手机号或密码之前。
- 告知收货地址、订单内容或支付信息之前。
- 处理个人信息导出或删除（注销）请求之前。
- 请求来自账户未绑定的邮箱或手机号时。

## 验证方式

按以下优先顺序选择：

1. **短信验证码**：通过“安全 → 发送验证码”向绑定手机号发送 6 位验证码，请客户回复。
2. **邮箱验证码**：向绑定邮箱发送验证码。
3. 两者都无法使用时：提供最近一笔订单号、支付银行卡后四位、收货地址所在区县中的**任意两项**，并须组长批准。

不要通过聊天或邮件接收身份证照片，我们无法安全地保存这些资料。

## 个人信息查询、导出与删除

根据《个人信息保护法》，客户有权查询、复制和删除其个人信息。我们须在 **15 个工作日**内答复。

1. 按上述方式验证身份。
2. 为工单添加标签 `privacy`，如在其他队列请转到“综合支持”。
3. 导出：点击“隐私 → 导出数据”，客户会收到下载链接。
4. 注销删除：确认没有未完成订单和待处理退款后，点击“隐私 → 删除”。依法需要保留的交易记录会做匿名化处理。
5. 书面告知客户处理结果，并将工单设为“已解决”。

## 手机号被他人注册

不要透露另一个账户的任何信息。请客户先证明自己是该手机号的实际使用者，再由安全团队解除另一个账户的绑定。
)md"},
        {Lang::ZhTW,
         u"身分驗證與個人資料請求處理",
         u"帳號與安全",
         {"privacy", "verification", "security"},
         uR"md(# 身分驗證與個人資料請求處理

客戶的聯絡資料在 Frontline 中預設會遮蔽顯示，每次點選「顯示」都會記錄在稽核紀錄中。請像保護自己的資料一樣保護客戶個資：只在處理工單需要時查看，絕不提供給未經驗證身分的人。

## 哪些情況必須驗證身分

- 修改帳號的 Email、手機號碼或密碼之前。
- 告知收件地址、訂單內容或付款資訊之前。
- 處理個人資料查詢、複製或刪除請求之前。
- 請求來自帳號未綁定的 Email 或手機號碼時。

## 驗證方式

依下列優先順序選擇：

1. **簡訊驗證碼**：點選「安全 → 寄送驗證碼」傳送 6 位數驗證碼到綁定手機，請客戶回覆。
2. **Email 驗證碼**：寄送驗證碼到綁定信箱。
3. 兩者都無法使用時：最近一筆訂單編號、信用卡末四碼、收件地址郵遞區號中的**任兩項**，並須經組長同意。

不要透過聊天或 Email 接收身分證照片，我們無法安全保存這些資料。

## 個人資料的查詢、複製與刪除

依《個人資料保護法》，當事人可以請求查詢、閱覽、製給複製本及刪除其個人資料，我們應在 **15 天**內回覆（必要時可延長 15 天並告知原因）。

1. 依上述方式驗證身分。
2. 為工單加上標籤 `privacy`，如在其他佇列請轉到「綜合支援」。
3. 複製：點選「隱私 → 匯出資料」，客戶會收到下載連結。
4. 刪除：確認沒有未完成訂單與待處理退款後，點選「隱私 → 刪除」。依法須保存的交易紀錄會去識別化。
5. 以書面告知客戶處理結果，並將工單設為「已解決」。

## 手機號碼被他人註冊

不要透露另一個帳號的任何資訊。請客戶先證明自己是該號碼的使用者，再由資安團隊解除另一個帳號的綁定。
)md"},
        {Lang::En,
         u"Troubleshooting the mobile app",
         u"Technical",
         {"app", "crash", "troubleshooting"},
         uR"md(# Troubleshooting the mobile app

Most app problems are fixed by the same handful of steps. Go through them with the customer before
escalating, and always collect the details engineering will ask for anyway.

## Collect first

- Device model and operating system version (Settings → About).
- App version (Me → Settings → About in the app).
- What exactly happens: crash on launch, freeze on a screen, an error message (ask for a screenshot).
- Since when: after an app update, a phone update, or out of the blue.

Check the **Known issues** list in the team channel: if the problem matches a known bug, link the
ticket to it and tell the customer a fix is on the way.

## Standard steps

1. **Force-close and reopen** the app.
2. **Update** the app from the App Store or Google Play; we only support the last three versions.
3. **Clear the cache**: Android – Settings → Apps → our app → Storage → Clear cache. On iOS, offload
   the app (Settings → General → iPhone Storage → Offload App) and reinstall; this keeps the login.
4. **Sign out and back in**; this refreshes an expired session that can freeze checkout.
5. **Try another network**: some company Wi-Fi networks block our payment provider.
6. **Reinstall** as the last step; the customer will need their password.

## Escalating to engineering

If the problem persists, ask the customer to send a diagnostic log (Me → Settings → About → Send logs)
and give you the reference it displays. Transfer the ticket to Technical Support with the reference,
device, OS and app version in an internal note, and put it *On hold* while engineering looks at it.

## Workarounds while waiting

Everything in the app is also available on the mobile website. For checkout problems, offer to place
the order by phone so the customer does not lose a promotion.
)md"},
        {Lang::ZhCN, u"App 常见问题排查", u"技术支持", {"app", "crash", "troubleshooting"}, uR"md(# App 常见问题排查

大部分 App 问题都可以通过几个固定步骤解决。升级给技术团队之前，请先和客户一起排查，并收集好工程师一定会问到的信息。

## 先收集信息

- 手机型号和系统版本（设置 → 关于手机）。
- App 版本（App 内“我的 → 设置 → 关于”）。
- 具体现象：打开就闪退、某个页面卡住、出现错误提示（请客户截图）。
- 从什么时候开始：更新 App 之后、更新系统之后，还是突然出现。

先查看团队群里的**已知问题**列表：如果与已知缺陷一致，请把工单关联到该缺陷，并告诉客户修复版本正在发布中。

## 标准排查步骤

1. **彻底关闭 App 后重新打开**。
2. **更新 App** 到最新版本，我们只支持最近三个版本。
3. **清除缓存**：安卓手机在“设置 → 应用 → 本 App → 存储 → 清除缓存”；iPhone 可使用“卸载 App”（保留数据）后重新安装，不会丢失登录状态。
4. **退出登录后重新登录**，可以刷新过期的会话，解决结算页卡住的问题。
5. **切换网络**：部分公司 Wi-Fi 会拦截支付服务。
6. 最后才**卸载重装**，需要客户记得登录密码。

## 升级给技术团队

问题仍未解决时，请客户上传诊断日志（“我的 → 设置 → 关于 → 上传日志”），并提供上传后显示的日志编号。把工单转到“技术支持”队列，在内部备注中写明日志编号、机型、系统和 App 版本，并将工单设为“挂起”。

## 临时解决办法

App 里的所有功能在手机网页版和小程序中都可以使用。如果是结算问题，可以引导客户通过网页版下单，避免错过优惠活动。
)md"},
        {Lang::ZhTW, u"App 常見問題排除", u"技術支援", {"app", "crash", "troubleshooting"}, uR"md(# App 常見問題排除

大多數 App 問題都能用幾個固定步驟解決。轉給工程團隊之前，請先和客戶一起排除，並收集工程師一定會問的資訊。

## 先收集資訊

- 手機型號與系統版本（設定 → 關於手機）。
- App 版本（App 內「我的 → 設定 → 關於」）。
- 具體狀況：一打開就閃退、某個頁面卡住，或出現錯誤訊息（請客戶截圖）。
- 從什麼時候開始：更新 App 後、更新系統後，還是突然發生。

先查看團隊頻道的**已知問題**清單：若與已知缺陷相同，請把工單連結到該缺陷，並告訴客戶修正版即將上架。

## 標準排除步驟

1. **完全關閉 App 後重新開啟**。
2. **更新 App** 到最新版本，我們只支援最近三個版本。
3. **清除快取**：Android 在「設定 → 應用程式 → 本 App → 儲存空間 → 清除快取」；iPhone 可用「卸載 App」（保留資料）後重新安裝，不會登出。
4. **登出後重新登入**，可以更新過期的登入狀態，解決結帳頁卡住的問題。
5. **切換網路**：部分公司 Wi-Fi 會阻擋金流服務。
6. 最後才**移除重裝**，客戶需要記得登入密碼。

## 轉給工程團隊

問題仍未解決時，請客戶上傳診斷紀錄（「我的 → 設定 → 關於 → 上傳紀錄檔」），並提供上傳後顯示的編號。把工單轉到「技術支援」佇列，在內部備註寫下紀錄編號、機型、系統與 App 版本，並將工單設為「暫停」。

## 暫時的替代方式

App 的所有功能在行動版網站上都能使用。若是結帳問題，可以引導客戶改用網站下單，避免錯過優惠活動。
)md"},
        {Lang::ZhCN,
         u"重复扣款与支付失败的处理",
         u"发票与账单",
         {"payment", "double-charge", "billing"},
         uR"md(# 重复扣款与支付失败的处理

“扣了两次钱”和“显示支付失败但钱扣了”是最让客户着急的问题。回复时先安抚情绪，明确告诉客户钱不会丢，再按下面的步骤核实。

## 先判断是哪种情况

- **预授权冻结**：部分银行卡支付时会先冻结金额，支付失败后冻结会在 1–7 个工作日内自动释放，并不是真正扣款。
- **重复支付**：客户在第一次支付结果返回前又付了一次，两笔都支付成功。
- **掉单**：支付机构已扣款，但我们的系统没有收到支付成功通知，订单仍显示“待付款”。

## 核实步骤

1. 在订单的“支付记录”中查看所有交易，记录交易单号、时间和状态。
2. 如只有一笔成功交易，另一笔为“失败/已关闭”，属于预授权冻结，请告知客户等待银行自动释放。
3. 如有两笔成功交易，点击“操作 → 退还重复支付”，系统会原路退回多付的一笔。
4. 如订单显示待付款但支付机构显示已扣款，点击“支付 → 发起对账”。对账成功后订单自动变为已付款；失败则款项在 24 小时内原路退回。
5. 在内部备注中记录交易单号和处理结果。

## 到账时间参考

- 微信支付、支付宝：退款通常即时到账，最晚 24 小时。
- 银行卡：1–3 个工作日，信用卡可能显示在下期账单。

超过上述时间仍未到账，请客户提供银行流水截图（含交易时间、金额和交易单号），转给账单组跟进。
)md"},
    };
    return all;
}

// --- Canned replies -------------------------------------------------------------------------------

std::span<const CannedReplyText> cannedReplies()
{
    using Sharing = CannedReplyText::Sharing;
    static const std::vector<CannedReplyText> all = {
        {Lang::En, u"Greeting", "greet", u"General",
         u"Hi {{customer.first_name|there}},\n\nThanks for contacting us about \"{{ticket.subject}}\". {{cursor}}\n\n"
         u"Best regards,\n{{agent.name}}"},
        {Lang::ZhCN, u"问候语", "greet", u"通用",
         u"{{customer.name|尊敬的客户}}，您好！\n\n感谢您联系我们。关于“{{ticket.subject}}”，{{cursor}}\n\n"
         u"{{agent.name}}\n客户服务中心"},
        {Lang::ZhTW, u"問候語", "greet", u"通用",
         u"{{customer.name|親愛的客戶}} 您好：\n\n謝謝您與我們聯繫。關於「{{ticket.subject}}」，{{cursor}}\n\n"
         u"{{agent.name}}\n客服中心"},
        {Lang::En, u"Thanks and closing", "thanks", u"General",
         u"You're welcome, {{customer.first_name|there}}! I'm glad we could sort this out. If anything else comes up, "
         u"just reply to this message – your ticket number is {{ticket.number}}.\n\nHave a great day,\n{{agent.name}}"},
        {Lang::ZhCN, u"感谢与结束语", "thanks", u"通用",
         u"不客气，{{customer.name|您}}！很高兴问题已经解决。如果之后还有任何问题，直接回复本消息即可，您的工单号是 "
         u"{{ticket.number}}。\n\n祝您生活愉快！\n{{agent.name}}"},
        {Lang::ZhTW, u"感謝與結語", "thanks", u"通用",
         u"不客氣，{{customer.name|您}}！很高興問題已經解決。之後如有任何問題，直接回覆這封訊息即可，您的工單編號是 "
         u"{{ticket.number}}。\n\n祝您順心愉快！\n{{agent.name}}"},
        {Lang::En, u"Refund processed", "refund", u"Refunds",
         u"Hi {{customer.first_name|there}},\n\nI've processed your refund of {{cursor}} to your original payment "
         u"method. Card refunds usually take 3–5 business days to appear on your statement; PayPal refunds arrive "
         u"within "
         u"24 hours.\n\nIf you don't see it after 10 business days, reply here with a screenshot of your statement and "
         u"I'll chase it for you.\n\nBest regards,\n{{agent.name}}",
         Sharing::Team, QueueKind::Returns},
        {Lang::ZhCN, u"退款已处理", "refund", u"退款",
         u"{{customer.name|尊敬的客户}}，您好！\n\n您的退款 {{cursor}} "
         u"已处理完成，将原路退回到您的支付账户。微信和支付宝"
         u"通常 24 小时内到账，银行卡一般需要 1–3 个工作日。\n\n如超过 7 "
         u"个工作日仍未到账，请回复本消息并附上银行流水截图，"
         u"我们会为您跟进。\n\n{{agent.name}}",
         Sharing::Team, QueueKind::Returns},
        {Lang::ZhTW, u"退款已處理", "refund", u"退款",
         u"{{customer.name|親愛的客戶}} 您好：\n\n您的退款 {{cursor}} 已處理完成，將退回原付款方式。信用卡退款約 3–7 個"
         u"工作天入帳，實際時間依發卡銀行作業為準。\n\n若超過 10 "
         u"個工作天仍未入帳，請回覆本訊息並附上帳單截圖，我們會為您"
         u"追蹤。\n\n{{agent.name}}",
         Sharing::Team, QueueKind::Returns},
        {Lang::En, u"Shipping update with tracking", "ship", u"Shipping",
         u"Hi {{customer.first_name|there}},\n\nYour order is on its way! You can follow it with tracking number "
         u"{{cursor}} on the carrier's website. Deliveries usually arrive within 2–3 business days of dispatch.\n\n"
         u"Best regards,\n{{agent.name}}"},
        {Lang::ZhCN, u"发货通知与物流单号", "ship", u"物流",
         u"{{customer.name|尊敬的客户}}，您好！\n\n您的包裹已经发出，物流单号：{{cursor}}，可在快递官网或小程序查询"
         u"物流进度，一般 2–3 天送达。\n\n{{agent.name}}"},
        {Lang::ZhTW, u"出貨通知與貨件編號", "ship", u"物流",
         u"{{customer.name|親愛的客戶}} 您好：\n\n您的包裹已經出貨，貨件編號：{{cursor}}，可至物流官網查詢配送進度，"
         u"一般 2–3 天送達。若選擇超商取貨，到店後會以簡訊通知您。\n\n{{agent.name}}"},
        {Lang::En, u"Password reset link sent", "pwreset", u"Accounts",
         u"Hi {{customer.first_name|there}},\n\nI've sent a password reset link to the email address on your account. "
         u"The link is valid for 30 minutes and can be used once. If it isn't in your inbox within a few minutes, "
         u"please check your spam or junk folder.\n\nOnce you're back in, we recommend turning on two-step "
         u"verification under Account → Security.\n\nBest regards,\n{{agent.name}}",
         Sharing::Team, QueueKind::Technical},
        {Lang::ZhCN, u"已发送密码重置链接", "pwreset", u"账户",
         u"{{customer.name|尊敬的客户}}，您好！\n\n密码重置链接已发送到您账户绑定的邮箱，链接 30 分钟内有效且只能使用"
         u"一次。如几分钟内没有收到，请检查垃圾邮件文件夹。\n\n登录后建议在“账户安全”中开启两步验证。\n\n{{agent.name}"
         u"}",
         Sharing::Team, QueueKind::Technical},
        {Lang::ZhTW, u"已寄送密碼重設連結", "pwreset", u"帳號",
         u"{{customer.name|親愛的客戶}} 您好：\n\n密碼重設連結已寄到您帳號綁定的信箱，連結 30 "
         u"分鐘內有效且只能使用一次。"
         u"若幾分鐘內沒有收到，請檢查垃圾郵件匣。\n\n登入後建議在「帳號安全」中開啟兩步驟驗證。\n\n{{agent.name}}",
         Sharing::Team, QueueKind::Technical},
        {Lang::ZhCN, u"发票已重新开具", "invoice", u"发票",
         u"{{customer.name|尊敬的客户}}，您好！\n\n新的电子发票已开具，并已发送至您的邮箱，也可以在“我的订单 → 发票”中"
         u"下载 PDF。原发票已作废，请以新发票为准。{{cursor}}\n\n{{agent.name}}",
         Sharing::Team, QueueKind::Billing},
        {Lang::ZhTW, u"發票已重新開立", "invoice", u"發票",
         u"{{customer.name|親愛的客戶}} 您好：\n\n新的電子發票已開立並寄至您的信箱，也可以在「我的訂單 → 發票」下載。"
         u"原發票已作廢，請以新發票為準。{{cursor}}\n\n{{agent.name}}",
         Sharing::Team, QueueKind::Billing},
        {Lang::En, u"Corrected invoice issued", "invoice", u"Billing",
         u"Hi {{customer.first_name|there}},\n\nYour corrected invoice has been issued and emailed to you; you can "
         u"also "
         u"download it under My Orders → Invoices. The previous invoice has been voided, so please use the new one for "
         u"your records. {{cursor}}\n\nBest regards,\n{{agent.name}}",
         Sharing::Team, QueueKind::Billing},
        {Lang::En, u"Identity verification needed", "verify", u"Accounts",
         u"Hi {{customer.first_name|there}},\n\nTo protect your account, I need to confirm that this request comes "
         u"from "
         u"you. I've just sent a six-digit code to the email address on your account; please reply with it here.\n\n"
         u"We never ask for your password or card number.\n\nBest regards,\n{{agent.name}}"},
        {Lang::ZhCN, u"需要验证身份", "verify", u"账户",
         u"{{customer.name|尊敬的客户}}，您好！\n\n为保护您的账户安全，我们需要确认是您本人提出的申请。验证码已发送到您"
         u"账户绑定的手机号，请直接回复 6 位验证码。\n\n我们的工作人员不会向您索要密码或银行卡号。\n\n{{agent.name}}"},
        {Lang::ZhTW, u"需要驗證身分", "verify", u"帳號",
         u"{{customer.name|親愛的客戶}} "
         u"您好：\n\n為保護您的帳號安全，我們需要確認是您本人提出的申請。驗證碼已傳送到您帳號"
         u"綁定的手機，請直接回覆 6 位數驗證碼。\n\n我們不會向您索取密碼或信用卡號碼。\n\n{{agent.name}}"},
        {Lang::En, u"Escalated to a senior colleague", "escalate", u"VIP",
         u"Hi {{customer.first_name|there}},\n\nThank you for your patience. I've passed your case (ticket "
         u"{{ticket.number}}) to a senior colleague who will take it from here and get back to you {{cursor}}.\n\n"
         u"Best regards,\n{{agent.name}}",
         Sharing::Team, QueueKind::Vip},
        {Lang::ZhCN, u"修改收货地址确认", "address", u"物流",
         u"{{customer.name|尊敬的客户}}，您好！\n\n订单的收货地址已修改为：{{cursor}}\n\n发货后您会收到物流短信。如地址"
         u"仍有误，请在发货前回复我们。\n\n{{agent.name}}"},
        {Lang::ZhTW, u"商品破損處理", "damaged", u"退換貨",
         u"{{customer.name|親愛的客戶}} 您好：\n\n很抱歉您收到的商品有破損。麻煩提供商品與外箱的照片（最好能看到物流"
         u"標籤），我們確認後會為您安排免費換貨或退款，並由物流到府收回商品。{{cursor}}\n\n{{agent.name}}",
         Sharing::Team, QueueKind::Returns},
        {Lang::En, u"Damaged item – photos please", "damaged", u"Returns",
         u"Hi {{customer.first_name|there}},\n\nI'm sorry your order arrived damaged. Could you send a couple of "
         u"photos "
         u"of the item and the outer box, ideally with the shipping label visible? As soon as I have them, I'll "
         u"arrange a "
         u"free replacement or refund – whichever you prefer. {{cursor}}\n\nBest regards,\n{{agent.name}}",
         Sharing::Team, QueueKind::Returns},
        {Lang::En, u"Checking in", "followup", u"Personal",
         u"Hi {{customer.first_name|there}},\n\nJust checking in on ticket {{ticket.number}} – {{cursor}}\n\n"
         u"Cheers,\n{{agent.name}}",
         Sharing::Personal},
        {Lang::ZhCN, u"请稍等，正在查询", "wait", u"个人",
         u"好的，{{customer.name|您}}，我正在为您查询，大约需要两三分钟，请不要离开哦。{{cursor}}", Sharing::Personal},
        {Lang::ZhCN, u"下班交接说明", "handover", u"个人",
         u"您好，我今天的班次即将结束，您的工单 {{ticket.number}} "
         u"已交接给同事继续跟进，无需重复说明情况。{{cursor}}\n\n"
         u"{{agent.name}}",
         Sharing::Personal},
    };
    return all;
}

}  // namespace Frontline::Models::DemoTexts
