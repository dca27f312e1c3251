"""Mirror of shared/domain/neutralise-identity.ts (rule for rule; the TS file is the reference).

test/unit/shared/domain/neutralise-identity.test.ts runs this module on real case texts and
requires byte-identical output, so edit both files together.
"""
import re

PERSON, GENDER, ETHNICITY, PLACE, OCCUPATION = '某', '某性别', '某族', '某地', '某职业'

SINGLE_SURNAMES = (
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'
)
COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '令狐', '慕容', '司徒', '端木', '公孙', '尉迟', '长孙', '宇文', '夏侯', '买买提', '阿不都']
SURNAME = '(?<!公)(?:' + '|'.join(COMPOUND_SURNAMES) + '|[' + SINGLE_SURNAMES + '])'

ETHNICITIES = [
    '汉', '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼',
    '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土',
    '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克',
    '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
]
OCCUPATIONS = [
    '农民', '无业', '无固定职业', '无职业', '个体工商户', '个体户', '个体经营', '工人', '职工', '职员', '公司职员',
    '教师', '学生', '在校学生', '司机', '务工', '务工人员', '务农', '干部', '公务员', '医生', '护士', '退休',
    '退休工人', '退休干部', '自由职业', '自由职业者', '待业', '经商', '商人', '农民工', '保安', '厨师', '会计',
    '销售员', '军人', '村民', '工程师', '律师',
]


def longest_first(words):
    # Same order as the TS sort: longer first, then by UTF-16 code units (equal to code points
    # for these BMP-only words).
    return sorted(words, key=lambda w: (-len(w), w))


ROLES = '被告人|被害人|犯罪嫌疑人|嫌疑人|证人|同案犯|被上诉人|上诉人|自诉人|受害人|死者'
DELIMITER = '[，,、。；;：:（(与和等]'

RULES = [
    (SURNAME + '?某{1,3}[甲乙丙丁戊己庚辛壬癸]?(?:[0-9０-９](?![0-9０-９]))?', PERSON),
    (SURNAME + '[×ＸXx＊*]{1,4}[0-9０-９]?', PERSON),
    (SURNAME + '[0-9]{1,2}(?![0-9年月日时分秒元万千百米克吨斤岁号楼层栋室点次个名辆])', PERSON),
    ('(' + ROLES + ')' + SURNAME + '[\u4e00-\u9fff]{1,2}(?=' + DELIMITER + ')', '$1' + PERSON),
    ('(性别[：:]?)[男女]', '$1' + GENDER),
    ('([，,、：:；;（(]|^)[男女](?=[，,、。；;）)]|$)', '$1' + GENDER),
    ('(?:' + '|'.join(longest_first(ETHNICITIES)) + ')族', ETHNICITY),
    ('((?:出生于|(?<![发产])生于|出生地|户籍所在地|户籍地|籍贯|原籍)[：:为是]?)[^，,。；;、\\s]{1,30}', '$1' + PLACE),
    ('([，,])[^，,。；;、\\s]{2,15}?(?:省|市|县|区|旗|州|镇|乡|村)人(?=[，,。；;])', '$1' + PLACE + '人'),
    ('(职业[：:为是]?)[^，,。；;、\\s]{1,12}', '$1' + OCCUPATION),
    ('([，,、])(?:' + '|'.join(longest_first(OCCUPATIONS)) + ')(?=[，,、。；;])', '$1' + OCCUPATION),
]

# JS `^` without the m flag is start of input: Python's default matches the same.
_COMPILED = [(re.compile(p), re.sub(r'\$(\d)', r'\\\1', r)) for p, r in RULES]


def neutralise_identity(text, names=()):
    out = text
    for name in longest_first([n for n in names if len(n) >= 2]):
        out = out.replace(name, PERSON)
    for pattern, replacement in _COMPILED:
        out = pattern.sub(replacement, out)
    return out
