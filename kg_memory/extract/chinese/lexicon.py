"""Word lists and pattern fragments of the Chinese rules (kinship, pets, jobs, adverbs, subjects)."""

from __future__ import annotations

from ..framework import lazy

KIN_PREDICATE = {
    **dict.fromkeys("妻子 老婆 太太 丈夫 老公 先生 爱人 媳妇 老伴 那口子".split(), "spouse"),
    **dict.fromkeys("男朋友 女朋友 男友 女友 未婚夫 未婚妻 对象".split(), "partner"),
    **dict.fromkeys("儿子 女儿 孩子 孩子们 小孩 宝宝 闺女 继子 继女 养子 养女 大儿子 小儿子 二儿子 大女儿 小女儿 二女儿 "
                    "大闺女 小闺女".split(), "child"),
    **dict.fromkeys("爸爸 妈妈 父亲 母亲 爸 妈 老爸 老妈 父母 爸妈 继父 继母 后妈 后爸 爹 老爹 爹娘 爹妈".split(), "parent"),
    **dict.fromkeys("哥哥 姐姐 弟弟 妹妹 兄弟 姐妹 兄弟姐妹 哥 姐 弟 妹 双胞胎哥哥 双胞胎姐姐 双胞胎弟弟 双胞胎妹妹 双胞胎兄弟 "
                    "双胞胎姐妹".split(), "sibling"),
    **dict.fromkeys("爷爷 奶奶 外公 外婆 姥姥 姥爷 岳父 岳母 公公 婆婆 女婿 儿媳妇 叔叔 阿姨 舅舅 姑姑 伯伯 表哥 表姐 表弟 表妹 堂哥 堂姐 "
                    "堂弟 堂妹 孙子 孙女 侄子 侄女 外甥 家人 亲戚 祖父 祖母 外祖父 外祖母 姑妈 姨妈 舅妈 婶婶 伯母 伯父 叔父 姑父 姨父 "
                    "姑丈 姨丈 表兄弟 表姐妹 堂兄弟 堂姐妹 外甥女 侄儿 大舅哥 小舅子 小姨子 嫂子 弟媳 姐夫 妹夫 大伯 大姑子 "
                    "小姨 大姨 小舅 大舅 小姑子 小叔子 大伯子 大舅子 大姨子 妯娌 连襟 儿媳 公婆 岳父母 丈母娘 老丈人 "
                    "表姐夫 表妹夫 堂姐夫 堂妹夫 表嫂 堂嫂 表舅 表叔 表姨 表姑 外孙 外孙女 外孙子 孙媳妇 孙女婿".split(), "relative"),
    **dict.fromkeys("朋友 好朋友 好友 闺蜜 哥们 发小 老朋友 老友 挚友 死党 好姐妹 好兄弟".split(), "friend"),
    **dict.fromkeys("同事".split(), "colleague"),
    **dict.fromkeys("老板 领导 上司 经理 主管 师傅 师父".split(), "boss"),  # 他是我师傅: the master one learned a trade from
    **dict.fromkeys("下属 手下 助理 助手 秘书 员工 徒弟".split(), "employee"),
    **dict.fromkeys("同学 校友 老同学 大学同学 高中同学 初中同学 中学同学 小学同学 同班同学 同桌".split(), "classmate"),
    **dict.fromkeys("室友 舍友 大学室友 大学舍友 高中室友".split(), "roommate"),
    **dict.fromkeys("邻居".split(), "neighbor"),
    **dict.fromkeys("客户".split(), "client"),
    **dict.fromkeys("前男友 前女友 前男朋友 前女朋友 前任男友 前任女友 前任男朋友 前任女朋友 前未婚夫 前未婚妻 前夫 前妻 "
                    "前任丈夫 前任妻子 前老公 前老婆 旧情人".split(), "dated"),
    **dict.fromkeys("熟人".split(), "acquaintance"),
}
#: Pets, by kind and by breed (金毛, 柯基, 英短: a dog or a cat all the same); not 泰迪 (a teddy bear too), 布偶 (a doll),
#: 贵宾 (a guest) or 阿拉斯加 (Alaska) without 犬/猫 after them.
PETS = ("小狗 狗狗 狗 小猫 猫咪 猫 金鱼 鱼 兔子 小兔子 仓鼠 鹦鹉 乌龟 马 小鸟 鸟 蛇 宠物 "
        "金毛 金毛犬 柯基 柯基犬 哈士奇 拉布拉多 边牧 边境牧羊犬 萨摩耶 柴犬 比熊 博美 德牧 泰迪犬 贵宾犬 雪纳瑞 法斗 "
        "吉娃娃 腊肠犬 秋田犬 松狮 巴哥犬 约克夏 阿拉斯加犬 牧羊犬 中华田园犬 土狗 "
        "英短 美短 布偶猫 橘猫 狸花猫 暹罗猫 波斯猫 加菲猫 缅因猫 蓝猫 三花猫 奶牛猫 无毛猫 龙猫")
JOB_SUFFIX = lazy(
    r"(?:师|员|家|工|工人|长|手|官|医生|护士|警察|律师|司机|厨师|老板|经理|作家|演员|歌手|记者|农民|学生|教授|"
    r"工程师|程序员|设计师|会计|秘书|师傅|主播|博主|模特|画家|保安|店主|研究生|实习生|大学生|中学生|小学生|博士生|公务员|"
    r"军人|士兵|科学家|医师|老师|教师|导游|快递员|外卖员|销售|翻译|编辑|主持人|运动员|教练|服务员|收银员|"
    r"译者|学者|志愿者|自由职业者|创业者|开发者|研究者|工作者|撰稿人|制片人|经纪人|合伙人|牙医|兽医|中医|空姐|空乘|出纳|家庭主妇|全职妈妈|全职爸爸|全职太太|"
    r"专家|主厨|大厨|助理|保姆|舞者|服务生|女招待|男招待|主任|主管|总监|总裁|主编|博士|领班|明星|厨子|程序猿|码农|"
    r"木匠|瓦匠|铁匠|鞋匠|电工|焊工|水管工|理发师|护工|月嫂|保洁|司仪|屠夫|渔民|牧民|矿工|商人)$"
)
#: Work named by its field (在银行做财务, 在一家公司做行政, 在创业公司做后端开发, 我做保险): a job, though no job word ends it.
_WORK_FIELD = lazy(r"^(?:(?:前端|后端|全栈|软件|游戏|数据|算法|安卓|移动端|嵌入式|美术|平面|室内|UI|UX|产品|服装|工业|视觉|交互|网页|景观|建筑|市场|新媒体)?(?:财务|行政|人事|运营|客服|前台|文员|市场|产品|开发|测试|设计|研发|营销|推广|"
                   r"法务|采购|HR|IT|文案|策划)|前端|后端|全栈|数据分析|保险|外贸|电商|金融|房产|房地产|中介|房产中介|自媒体|物流|餐饮|装修)"
                   r"(?:工作|生意)?$")


#: Whose home a 家 is (你家, 我们家, 谁家, 老李家, 王家, 人家, 婆家): 甜甜是你家的 says whose child, no job ending in 家.
_HOME_OF = lazy(r"^(?:[我你他她您咱]们?|谁|人|别人|大|自己|婆|娘|老|亲|本|邻居|[老小]?[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑"
                r"梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段"
                r"雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤])家$")


def is_job(text: str) -> bool:
    """Whether ``text`` names a job: it ends with a job word (会计, 软件工程师) or is a field of work (财务, 行政); not
    a home said by whose it is (你家, 老李家, 王家), though 家 ends 画家.

    >>> is_job("软件工程师"), is_job("财务"), is_job("饼干"), is_job("画家"), is_job("老专家"), is_job("你家"), is_job("老李家")
    (True, True, False, True, True, False, False)
    """
    return (JOB_SUFFIX.search(text) is not None and not _HOME_OF.match(text)) or _WORK_FIELD.match(text) is not None

EVENTS = r"(?:婚礼|会议|比赛|音乐会|演唱会|聚会|派对|展览|马拉松|典礼|毕业典礼|葬礼|讲座|活动|运动会|晚会|party)"

RELIGIONS = {"佛教": "Buddhist", "基督教": "Christian", "天主教": "Catholic", "伊斯兰教": "Muslim",
              "道教": "Taoist", "佛教徒": "Buddhist", "基督徒": "Christian", "穆斯林": "Muslim"}
MARITAL_STATUS = {"离婚": "divorced", "离异": "divorced", "订婚": "engaged", "丧偶": "widowed",
                   "单身": "single", "分居": "separated"}
COUNTRIES = ("中国 美国 英国 法国 德国 日本 韩国 俄罗斯 加拿大 澳大利亚 意大利 西班牙 印度 巴西 新加坡 "
              "马来西亚 泰国 越南 墨西哥 荷兰 瑞士 瑞典 新西兰 爱尔兰 葡萄牙 希腊 埃及 南非").split()


def is_country(place: str) -> bool:
    """Whether ``place`` is a country (where one comes from is then a nationality, not a hometown).

    >>> is_country("日本"), is_country("泰国"), is_country("江苏")
    (True, True, False)
    """
    return place in COUNTRIES or place.endswith("国")

HAN = r"\u4e00-\u9fff"
#: A relation; a one-character one never the first half of its doubled form (哥 is no relative in 我的哥哥 cut short).
KIN = "(?:" + "|".join(f"{k}(?!{k})" if len(k) == 1 else k for k in sorted(KIN_PREDICATE, key=len, reverse=True)) + ")"
#: 好 said before a relation (我的好朋友, 我好哥们): not the 好 of 好姐妹 / 好兄弟, friends of their own (:data:`KIN_PREDICATE`);
#: 亲 before a sibling, a parent or a child (你是我亲哥, 我亲姐姐): by blood, the relative all the same (not 亲戚, 亲家).
BLOOD = r"亲(?=哥|姐|弟|妹|兄|姊|儿子|女儿|闺女|妈|爸|娘|爹|父亲|母亲|孙)"
KIN_GOOD = rf"(?:好(?!姐妹|兄弟)|{BLOOD})"
PET = "(?:" + "|".join(sorted(PETS.split(), key=len, reverse=True)) + ")"
NUM = r"[0-9零一二两三四五六七八九十]+"
TIME = (r"(?:(?:(?:上个?|这个?)?(?:周|星期|礼拜)[一二三四五六日天](?![一-龥]?[鸣明伟华杰]|[一-龥]{2}[，,。！!？?]*$)|"
        r"去年|前年|今年|明年|昨天|前天|今天|今早|昨晚|上个?月|上周末?|上星期|这周末?|本周|这个?星期|这个月|本月|这学期|"
        r"小时候|以前|最近|现在|目前|前几天|周末|每年|年年|每个?(?=夏天|冬天|暑假|寒假)|"
         r"[春夏秋冬](?:天|季)|暑假|寒假|(?:国庆|春节|五一|十一|中秋|端午|元旦|清明|圣诞|新年)节?(?:假期|长假|期间)?|过年|"
         r"[0-9零一二两三四五六七八九十]+(?:年|个月|月|天|周|个星期)前|[0-9]{4}年(?:[0-9一二三四五六七八九十]+月)?"
         r"(?:[0-9一二三四五六七八九十]+[日号])?|[0-9一二三四五六七八九十]+月份?(?:[0-9一二三四五六七八九十]+[日号])?)的?)")
#: A time a state has held since (从2015年起, 2015年以来, 去年开始, 三年前开始, 毕业以后, 退休后): read past as an adverb, as
#: 从小 is (the date is the start :mod:`~kg_memory.extract.starts` gives the fact); not a time to come (从明年开始).
SINCE = (r"(?:(?:从|自从|自)?(?:[0-9]{4}年(?:[0-9一二三四五六七八九十]+月份?)?|去年|前年|今年|上个?月|上周|那时候?|那年|"
         r"[0-9零一二两三四五六七八九十几]+(?:年|个月|周|个星期)前|(?:大学|研究生|高中)?毕业)"
         r"(?<!毕业)(?:起|开始|以来)|(?:从|自从|自)?(?:(?:大学|研究生|高中)?毕业|退休|结婚|离婚|工作|那)(?:以后|之后|后))")
ADV = (r"(?:也|还|都|就|只(?=是|会说|会讲)|一个人(?=住|生活)|可(?=是)|新(?=养|买|交|认识|搬|开|找|换|租|装)|"
       r"(?:(?<=主要|其实|确实|真的|本来)|(?<=[就只也还都]))是(?=(?:很|非常|特别|真的)?(?:喜欢|爱|讨厌|恨|怕|住|养)(?![^，,。！？]*的(?:人|那种|类型)))|很|非常|特别|真的|一直|已经|从小|平时|周末|刚刚|刚|才|又|正|曾经|以前|之前|从前|原来|原先|竟然|居然|后来|"
        r"现在|目前|最近|本来|其实|确实|真|挺|蛮|超|超级|好|更|比较|主要|一般|通常|有时|偶尔|" + SINCE + "|" + TIME + r")*")
NEG = r"(?P<neg>不太|不是很|不怎么|不|没有|没|从来不|从不|从没|并不|一点也不|一点都不)?"
NAME = rf"[{HAN}·]{{2,4}}?"
#: Words after a relative that are no name (我爸妈现在住在海南: not 现在).
_NOT_KNAME = "[一二两三四五六七八九十几]+(?:年|个月|周|天)前|以前|之前|曾经|从前|原来|原先|小时候|年轻时|现在|目前|平时|刚刚|已经|一直|明年|去年|今年|后来|本来|其实|通常|一般|周末|最近|每天|下个?月|下周|下个?星期|明天|后天|今天|昨天"
#: 我这孙子, 你那闺女, 我这个儿子: a relative pointed at, one's own all the same.
_THIS = r"(?:[这那](?:个|位)?)?"
#: 库里还有三十个 ("in the storeroom there are 30 more"): a room or box and 里 before what is in it, no name (库里 is
#: also a name written as sounds).
_INSIDE = r"[库仓柜箱店屋院园楼]里(?:还|也|都|就|只|已经)?(?:有|没|剩|放|堆|摆)"
SUBJECT = (rf"(?P<s>(?:(?:我们|咱们|咱|我)家里?|(?<![\u4e00-\u9fff])家里)(?=(?:新|刚刚?|又|也|还)?(?:有|养|添))|(?P<pp>我|你|他|她)(?:(?<=我)们)?家?的?(?P<pet>{PET})(?!毛)|(?P<kp>我|你|他|她)(?:(?<=我)们(?!兄弟|姐妹))?(?:家(?={KIN}))?的?{_THIS}(?:(?:高中|初中|大学|小学|中学)(?:时|时候)?的?(?=最|好))?(?:最好的|最亲密的|新|{BLOOD})?(?:(?P<via>{KIN})的)?(?P<kin>{KIN})(?P<kname>(?![的在住是叫喜有去也很都就还不没出今爱会想养最每经常跟和与同对给把被比让从上]|{_NOT_KNAME}|{KIN}|[{HAN}]?[的是了])[{HAN}]{{2,3}})?"
         rf"|我们|咱们|我|你|他|她|(?!{_INSIDE})(?P<name>{NAME}))")

SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧阳司马上官诸葛"
)
#: Less common surnames, read only where 小, 老 or 阿 or a title makes a name of them (小樊, 老霍, 岳教练, 骆老师) and the
#: two together are no word (小米, 小麦, 老牛, 包工 are): many begin words (温度, 包子), so they name nobody alone.
CALLED_SURNAMES = frozenset("樊骆岳包霍温卜柯庞萧栾曲宁鲁齐殷倪伍翟涂聂褚詹甘关祁阮蓝季俞章左柴蒲邢尚牛喻滕焦颜艾华申冉"
                            "池裴洪戚苗凌辛舒符柏施谷蒙仇卓邬米晏梅丘屈储娄毕乔麦阎景巩桂荣敖盛尤文童傅饶游穆柳宫岑商蔺佟芮郁鞠靳"
                            "常纪管鲍车郜甄芦贝郎"
                            # more of the surnames common in China, less those that make words after 小, 老, 阿 or
                            # before a title (小时, 老师, 班主任, 连长, 老路, 小康, 主席: 时 师 班 连 路 康 席 are not here)
                            "耿庄祝兰翁牟吉缪简窦宗瞿臧闵苟卞姬隋刁巫寇桑丛仲虞佘苑迟邝匡荆冀胥栗燕楚鄢谌奚粟冼厉伊仝朴屠"
                            "廉禹漆卿晋扈晁阙戈伏邸雍辜亓裘邰赫杭逯茹慕亢蒯訾邴宓庹阚惠封"
                            # surnames that begin words, named only before a title or after 老/阿 (小房, 小解, 房东 are words)
                            "房解薄衡钮")
#: Surnames among China's two hundred most common that begin words alone or with 小 and 老 (房, 冷, 安, 老房, 小单), read
#: only before a title, the two together no word jieba knows: 易店长, 房阿姨, 冷女士, 解阿姨, 沙教练 (not 班主任, 安哥拉).
TITLE_SURNAMES = frozenset("易单费房解冷沙闻安成和应计乐时康平明项席强路支宣全富井松秋祖印宿怀索赖边农连容古满丰查权木幸水山")

#: Idioms opening with a verb of feeling, whose rest is no person nor thing liked: 爱莫能助 (can't help), 爱屋及乌.
FEELING_IDIOMS = ("爱莫能助", "爱屋及乌", "爱不释手", "爱答不理", "恨之入骨", "恨铁不成钢", "喜出望外", "喜闻乐见")


def in_idiom(obj: str, sentence: str) -> bool:
    """Whether ``obj``, read after a verb of feeling, is the rest of an idiom of :data:`FEELING_IDIOMS` in ``sentence``.

    >>> in_idiom("莫能助", "我爱莫能助。"), in_idiom("莫妮卡", "我爱莫妮卡。")
    (True, False)
    """
    return any(idiom in sentence and obj.startswith(idiom[1:]) for idiom in FEELING_IDIOMS)
