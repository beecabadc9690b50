/**
 * @module Traditional → simplified characters for reports that a mirror site converted to traditional
 * script. A compact character map (not phrase-level conversion): the simplified characters that occur in
 * 决算 reports (the seed, the domain reference, the classification catalogue and the project's own
 * narrative and messages, plus a list of accounting and administration vocabulary) were converted with
 * OpenCC 1.1.6 `s2t` (Debian package opencc), every pair was checked back with OpenCC `t2s`, and
 * characters that are themselves in use in simplified text (覆, 乾, 藉, 瞭, 祇 …) were left out so a
 * simplified report is never altered.
 */

const PAIRS = [
  '並并亂乱佈布佔占併并來来係系倉仓個个們们倫伦備备傢家傳传債债傷伤僑侨價价億亿儘尽償偿優优儲储兌兑兒儿內内兩两冊册別别刪删則则創创劃划劍剑劑剂動动務务勞劳勢势勵励匯汇區区協协卻却厲厉參参呂吕員员問问單单',
  '噸吨嚮向嚴严國国圍围園园圖图團团執执堅坚報报場场塊块塗涂壓压壞坏壩坝夠够夥伙夾夹娛娱婦妇學学實实寧宁審审寫写寬宽將将專专對对導导屆届層层屬属峯峰崗岗嶽岳師师帶带幫帮幹干庫库廣广廳厅張张強强彈弹彌弥彙汇',
  '後后徑径從从復复徵征徹彻惡恶愛爱態态慶庆應应懲惩戰战戶户捨舍掛挂採采揚扬換换揮挥損损撥拨撫抚擇择擔担據据擡抬擬拟敗败數数斂敛斷断於于時时暢畅曆历書书會会朮术東东條条業业極极構构樂乐標标樣样橋桥機机檔档',
  '檢检檯台欄栏權权歲岁歷历歸归殘残氣气決决沒没沖冲況况減减測测準准溫温滅灭滿满漁渔潔洁潛潜潤润濟济瀏浏瀘泸災灾為为烏乌無无煉炼煙烟熱热營营爭争爲为爾尔狀状獄狱獎奖獨独獲获獻献現现環环瓊琼產产畝亩畢毕畫画',
  '異异當当療疗發发盡尽監监盤盘硯砚確确碼码礎础礦矿祕秘稅税種种稱称積积穩稳穫获競竞筆笔箋笺節节範范築筑簡简簽签籌筹籤签粵粤糧粮糰团紀纪約约紅红納纳紓纾紙纸級级紡纺紮扎細细終终組组結结絕绝絡络給给統统絲丝',
  '經经綜综綠绿綫线維维網网綴缀緊紧線线緣缘編编緩缓緻致縣县縮缩縱纵總总績绩織织繞绕繪绘繫系繳缴繼继續续纔才罰罚羣群義义習习聯联聲声職职脫脱臨临臺台與与興兴舉举舊旧艦舰華华萬万蒐搜蓋盖藥药蘇苏處处號号蝦虾',
  '蠶蚕衆众術术衛卫衝冲衞卫裏里補补裝装裡里製制複复覈核見见規规視视親亲覽览觀观訂订計计訊讯訓训託托記记訪访設设許许訴诉証证評评詞词詢询試试話话該该誌志認认語语誤误說说課课調调談谈請请論论諮咨諾诺謀谋講讲',
  '謹谨證证識识議议護护讀读變变讓让豐丰豬猪貝贝負负財财貧贫貨货貫贯責责貴贵買买貸贷費费貼贴貿贸賃赁資资賑赈賒赊賓宾賠赔賣卖賤贱質质賬账賭赌購购贈赠贛赣趕赶跡迹蹤踪車车軍军軟软較较輔辅輕轻輛辆輪轮輯辑輸输',
  '輿舆轉转辦办農农迴回這这連连週周進进遊游運运過过達达違违遞递遠远選选遼辽還还邊边邏逻郵邮鄉乡醫医釋释針针銀银銷销錄录錯错鍊炼鍛锻鍵键鍾钟鎮镇鏈链鐘钟鐵铁鑄铸長长門门開开閒闲間间閘闸閣阁閩闽闆板關关陝陕',
  '陣阵陳陈陸陆陽阳隊队階阶際际險险隱隐隻只雙双雜杂雞鸡離离難难電电鞏巩響响頁页頂顶項项順顺須须預预領领頭头頻频顆颗題题額额顛颠類类顯显風风颱台颳刮飛飞飲饮餅饼養养餘余館馆餵喂饋馈馬马驗验驟骤體体髮发鬆松',
  '鬥斗鬱郁魚鱼魯鲁鴨鸭鹽盐麵面麼么點点黨党齊齐齡龄',
].join('');

/** Traditional character → simplified character. */
export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = (() => {
  const chars = [...PAIRS];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  return map;
})();
