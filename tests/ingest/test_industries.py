"""Which industry names count as the industries a measure addresses."""

from __future__ import annotations

import pytest

from ingest.nlp.industries import crops_processed
from ingest.nlp.pipeline import get_pipeline


def industries(text: str) -> list[str]:
    doc = get_pipeline()(text)  # keep the Doc alive while its spans are read
    return [s.kb_id_ for s in doc.spans["industries"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the items of a list of clusters are the industries
        (
            "做强文化旅游、现代花卉、医养健康、现代物流、中医药等特色优势产业。",
            [
                "cultural-tourism",
                "floriculture",
                "health-and-elderly-care",
                "modern-logistics",
                "traditional-chinese-medicine",
            ],
        ),
        # broad sectors count only as items of such a list
        ("改造提升机械、化工等传统产业。", ["machinery", "chemicals"]),
        ("推动工业企业技术改造。", []),
        # the head is the industry when it is one itself; the items are its parts
        (
            "重点支持减污降碳、生态修复、节能环保、资源循环利用等生态环保产业发展项目。",
            ["eco-environmental-protection"],
        ),
        # aliases resolve to one canonical industry
        ("打响青州花卉品牌，发展文旅融合。", ["floriculture", "cultural-tourism"]),
        # the longest name wins: 盐化工 is salt chemicals, not chemicals at large
        (
            "推动蔬菜种业、盐化工、造纸等传统产业数字化转型。",
            ["modern-seed-industry", "salt-chemicals", "papermaking"],
        ),
        ("壮大铝型材产业。", ["non-ferrous-metals"]),
        # farming: vegetables, livestock and fruit are industries of their own
        (
            "发展设施蔬菜、畜禽养殖、林果等特色产业。",
            ["vegetables", "animal-husbandry", "fruit"],
        ),
        ("蔬菜种植面积稳定在30万亩，做强现代畜牧业。", ["vegetables", "animal-husbandry"]),
        # a seed base names the seed industry, not vegetables
        ("建设省级优势蔬菜良种繁育基地。", []),
        # an honour's title names the award
        (
            "荣获省农业绿色发展先行县、全国畜牧业统计监测工作综合评估优秀县，发展畜牧业。",
            ["animal-husbandry"],
        ),
        # part of a name: not the industry
        ("完善提升度辰智能制造产业园。", []),
        # a short name straddling two words is neither: 成果|品牌 holds 果品
        ("推动科技成果品牌化，发展果品产业。", ["fruit"]),
        # … but a character before it that makes a word with its own neighbour is that word's
        # (batch 1236: 参加|水产品 was read as 加水|产品, and the aquatic products' fair named none)
        ("参加水产品展会3次以上。", ["fisheries"]),
        # industries of the plans of 2024 on
        (
            "发展低空经济、人形机器人、商业航天、生物制造等未来产业。",
            [
                "low-altitude-economy",
                "robotics",
                "commercial-aerospace",
                "biomanufacturing",
            ],
        ),
        (
            "推进工业互联网、大数据和云计算应用，培育物联网企业20家。",
            ["industrial-internet", "big-data", "cloud-computing", "internet-of-things"],
        ),
        (
            "打造船舶与海洋工程装备产业集群，发展银发经济。",
            ["marine-engineering-equipment", "silver-economy"],
        ),
        # … and the consumption economies of 2024 on
        ("发展首发经济和宠物经济。", ["first-launch-economy", "pet-economy"]),
        (
            "发展乡村旅游、休闲农业和冰雪经济。",
            ["rural-tourism", "leisure-agriculture", "ice-and-snow-economy"],
        ),
        (
            "发展新型显示、智能家电和传感器产业，壮大葡萄酒产业。",
            ["new-display", "smart-home-appliances", "sensors", "wine"],
        ),
        (
            "发展轨道交通装备、航空航天和核电装备产业，布局算力基础设施。",
            ["rail-transit-equipment", "aerospace", "nuclear-power", "computing-power"],
        ),
        # a big-data centre is a body, not the industry; goods bought (A、B等大宗消费) are none
        ("市大数据中心配合，拓展绿色智能家电等大宗消费。", []),
        # a technology whose use is measured: 物联网覆盖率 is a rate, not the industry
        ("蔬菜大棚物联网覆盖率提高到60%。", ["vegetables"]),
        ("推动木业产业向高端家居转型。", ["wood-products", "furniture"]),
        ("发展人造板产业。", ["wood-products"]),
        # wind, solar, hydrogen and storage named as one (风光氢储) are the four (found probing
        # while writing batch 770, as the taxonomy names 新能源和智能网联汽车 both), and culture,
        # sport, commerce and travel named as one (文体商旅) cultural tourism, as 文体旅 is
        (
            "发展风光氢储产业。",
            ["hydrogen-energy", "photovoltaics", "wind-power", "energy-storage"],
        ),
        ("打造文体商旅融合消费新场景。", ["cultural-tourism"]),
        # peonies and cut flowers are floriculture, not a district or a city named for them
        # (batch 771: 牡丹区, 牡丹江); mugwort, moxibustion and donkey-hide gelatin Chinese
        # medicine (batches 772, 773); donkeys raised husbandry (batch 773); lotus root and
        # aquatic vegetables vegetables, farming merged with tourism rural tourism (batch 775)
        ("牡丹区发展牡丹产业，推广芍药和鲜切花。", ["floriculture"] * 3),
        ("牡丹江市发展冰雪产业。", ["ice-and-snow-economy"]),
        ("发展蕲艾产业，推广艾灸，做强阿胶产业。", ["traditional-chinese-medicine"] * 3),
        # … and mugwort's products (batch 1219: 艾制品网络销售额 named nothing)
        ("艾制品网络销售额增长20%。", ["traditional-chinese-medicine"]),
        ("发展养驴专业合作社20家。", ["animal-husbandry"]),
        (
            "荷藕种植面积稳定在15万亩，建设水生蔬菜冷链物流中心1个。",
            ["vegetables", "vegetables", "cold-chain-logistics"],
        ),
        ("推动农旅融合。", ["rural-tourism"]),
        # ice-and-snow tourists received are the ice-and-snow economy's, as its consumption is
        # (batch 784: 冰雪和避暑旅游 named no ice and snow) — not a route to a ski resort
        ("培育冰雪和避暑旅游，接待冰雪游客突破80万人次。", ["tourism", "ice-and-snow-economy"]),
        ("开通滑雪场旅游专线6条。", []),
        # almonds, prunes and figs are fruit (batch 786); the chair trade furniture (batch 787);
        # rice-field eels fisheries (batch 788); bees kept and their products husbandry (batch 789)
        ("实施巴旦木低产园改造，培育西梅和无花果产业。", ["fruit", "fruit", "fruit"]),
        ("推动椅业转型升级，培育办公椅企业。", ["furniture", "furniture"]),
        ("做优黄鳝产业。", ["fisheries"]),
        # antimony smelted and its goods, a nonferrous metal as tin and tungsten are (batch 1167:
        # nothing was named)
        ("完成锑冶炼企业设备安全评估20家，推动锑品企业技术改造。", ["non-ferrous-metals"] * 2),
        # candied fruit and sweets made, food processing (batch 1174: nothing was named)
        ("蜜饯、糖果等甜食产品销售额突破30亿元。", ["food-processing"] * 2),
        # bonsai, potted trees grown, floriculture as the corpus's 如皋 has them (batch 1172: none
        # named where no 花木 stood beside them)
        ("培育盆景和庭院园艺企业20家。", ["floriculture"]),
        # turtles and soft-shelled turtles farmed, as 甲鱼 (batch 1163: named as written)
        ("做强龟鳖特色产业，龟鳖养殖存量稳定在1.2亿只以上。", ["fisheries"] * 2),
        ("发展规模化养蜂场20个，蜂群数量稳定在5万群。", ["animal-husbandry"] * 2),
        # black tea is no tea inside a pomelo peel's name (batch 791: 化橘红茶); socks, their
        # firms, machines and sock-art town textiles, as 袜业 is (batch 792); fitness equipment
        # the sports industry's goods (batch 793); knives and scissors hardware (batch 794); down
        # and its goods textiles and apparel, as its garments are (batch 796)
        ("开发化橘红茶、化橘红含片等产品，发展红茶产业。", ["tea"]),
        (
            "实施袜机智能化改造，推动袜企与原料企业对接，打造袜艺小镇。",
            ["textiles-and-apparel"] * 3,
        ),
        ("健身器材产业营业收入突破120亿元。", ["sports"]),
        ("完成刀剪“小散乱”企业整治200家。", ["hardware"]),
        ("羽绒产业产值达到120亿元，年检测羽绒样品8000批次。", ["textiles-and-apparel"] * 2),
        # doors and windows are building materials, recycled aluminium non-ferrous metals, a
        # car's lightweight parts auto parts (batch 798)
        (
            "培育系统门窗品牌企业5家，建设再生铝回收加工中心1处。",
            ["building-materials", "non-ferrous-metals"],
        ),
        ("支持企业开发汽车轻量化铝部件。", ["auto-parts"]),
        # helicopters and the aviation industry are aerospace, advanced ceramics both ceramics
        # and new materials (batch 806); galvanized and colour-coated sheet steel (batch 807);
        # fridges and freezers home appliances (batch 810)
        ("交付各型直升机60架，航空产业营业收入突破300亿元。", ["aerospace", "aerospace"]),
        ("建设先进陶瓷中试基地1个。", ["new-materials", "ceramics"]),
        ("镀锌板产量稳定在800万吨，新上彩涂板项目3个。", ["steel", "steel"]),
        ("冷柜、冰箱年产量分别达到800万台和300万台。", ["smart-home-appliances"] * 2),
        # condiments are food processing (batch 811); northern herbs Chinese medicine as southern
        # ones are, pine nuts, hazelnuts and nuts fruit as walnuts are (batch 815)
        ("新增调味品规上企业4家。", ["food-processing"]),
        (
            "推进北药种植加工，建设红松籽、榛子加工项目4个，坚果加工能力达到5万吨。",
            ["traditional-chinese-medicine", "fruit", "fruit", "fruit"],
        ),
        # rice-and-crayfish farming and bass are fisheries (batches 818, 819); medicine and
        # chemicals written as one (医药化工) name both (batch 819)
        ("新培育稻虾种养家庭农场50家，稻虾综合种养面积达到15万亩。", ["fisheries"] * 2),
        ("加州鲈鱼养殖面积达到2万亩，发展鳜鱼养殖。", ["fisheries"] * 2),
        ("医药化工产业产值突破300亿元。", ["chemicals", "pharmaceuticals"]),
        # a broad sector as an industry that is all its heading names it (batch 819) — not one
        # of the economy's divisions heading a plan report's part
        ("一、医药化工产业", ["chemicals", "pharmaceuticals"]),
        ("二、化工产业", ["chemicals"]),
        ("（三）旅游业", ["tourism"]),
        ("（一）农业", []),
        ("三、旅游", []),
        # … or its chain or cluster, a kind of it before (batch 1276: 一、晶硅光伏产业链 named
        # none), as one developed does (发展光伏产业链); not the farming of a division
        ("一、晶硅光伏产业链", ["photovoltaics"]),
        ("（二）化工产业集群", ["chemicals"]),
        ("大力发展光伏产业链。", ["photovoltaics"]),
        ("三、特色农业产业链", []),
        ("推进分布式光伏。", []),
        # intelligent equipment is equipment manufacturing (batch 821); virtual and augmented
        # reality join the taxonomy, a Latin name a word of its own (batch 822)
        ("壮大智能装备产业。", ["equipment-manufacturing"]),
        ("虚拟现实产业营业收入突破1200亿元，签约VR项目50个，开发AR眼镜。", ["virtual-reality"] * 3),
        ("引进CAR-T细胞治疗项目，建设AR1号线。", ["biomedicine"]),
        # baijiu joins the taxonomy, the liquor trade (酒业) and its base liquor its own — not a
        # trade in wine, beer or yellow wine (batch 829)
        ("白酒产量达到32万千升，酒业营业收入突破560亿元，新增原酒产能5万千升。", ["baijiu"] * 3),
        ("葡萄酒业产值增长10%，推动黄酒业发展。", ["wine"]),
        # a broad sector pushed ahead as the subject of its clause is developed (batch 826)
        ("全域旅游加快推进，全年接待游客1150万人次。", ["tourism"]),
        # carbon fibre and graphene are new materials, polysilicon photovoltaics' and
        # organosilicon chemicals', electronic chemicals new materials (batch 841); biomass and
        # geothermal energy new energy (batch 842); electronic components and smart terminals
        # made electronic information (not terminals as infrastructure), optical fibre and
        # cable wire and cable (batch 844); cement and glass building materials — not a cement
        # road (batch 845)
        ("碳纤维产能达到3万吨，引进石墨烯项目5个。", ["new-materials"] * 2),
        ("多晶硅产量稳定在10万吨，有机硅单体产能达到40万吨。", ["photovoltaics", "chemicals"]),
        ("新增湿电子化学品项目3个，电子化学品产值突破50亿元。", ["new-materials"] * 2),
        ("发展生物质能，推进地热能利用。", ["new-energy"] * 2),
        (
            "引进电子元器件项目8个，发展智能终端制造，推进光纤光缆扩产。",
            ["electronic-information", "electronic-information", "wire-and-cable"],
        ),
        (
            "水泥产量稳定在1500万吨，玻璃产业营业收入突破80亿元，新建水泥路20公里。",
            ["building-materials"] * 2,
        ),
        # micro short dramas are film and television's (batch 846); large models artificial
        # intelligence (batch 848); marine biomedicine both biomedicine and the marine economy,
        # desalination the marine economy's (batch 849)
        (
            "发展微短剧产业，支持企业研发行业大模型。",
            ["film-and-television", "artificial-intelligence"],
        ),
        (
            "引进海洋生物医药项目5个，新增海水淡化能力5万吨/日。",
            ["biomedicine", "marine-economy", "marine-economy"],
        ),
        # computers made are electronic information's (batch 854)
        ("发展电脑整机和笔记本电脑制造。", ["electronic-information"] * 2),
        # machine tools and their firms are machine tools' (batch 859), specialty paper
        # papermaking (batch 865), the tungsten industry's chain non-ferrous metals (batch 861),
        # shoe firms and shoe goods footwear (batch 862), mud crabs fisheries (batch 875)
        ("推进机床企业数字化改造，机床装备产业链实现产值120亿元。", ["machine-tools"] * 2),
        ("特种纸产业实现产值230亿元。", ["papermaking"]),
        ("延伸钨产业链条。", ["non-ferrous-metals"]),
        ("支持鞋企建设智能生产线，新增鞋类商标注册300件。", ["footwear-and-apparel"] * 2),
        ("青蟹人工育苗量达到5000万只。", ["fisheries"]),
        # remanufacturing joins the taxonomy (batch 868); used parts recovered name no
        # industry making them (batch 868)
        ("再制造产业营业收入突破150亿元，新增规上再制造企业15家。", ["remanufacturing"] * 2),
        ("建设汽车零部件旧件回收网点50个。", []),
        # an industry inside an association's name (batch 861) or an office's, signing a
        # chain's points (batch 859), is no industry, as inside a leading group's
        ("支持企业与中国钨业协会共建创新平台2个。", []),
        ("缙云县机床装备产业链链长办公室\n2026年3月1日", []),
        # a staple crop's starch processed is food processing (batch 867)
        ("新建红薯淀粉加工线10条。", ["food-processing"]),
        # firms of the fields listed before 等领域 are the fields' industries, not firms named
        # (batch 881); prefabricated steel buildings construction, as prefabricated buildings
        # are (batch 880); a broad sector raised in quality as its clause's subject developed
        # (batch 882); childcare embedded in a community a public service (batch 884)
        ("引进智能假肢、康复机器人等领域企业15家。", ["robotics"]),
        ("新开工装配式钢结构建筑面积达到150万平方米。", ["construction"]),
        ("（二）现代服务业提质发展。", ["modern-services"]),
        ("发展社区嵌入式托育。", []),
        # snack foods are food processing, as halal and forest foods are (batch 903)
        ("新增休闲食品规上企业10家。", ["food-processing"]),
        # glutinous rice is rice (batch 921); a fish farmed, by its head, fisheries (batch 924)
        ("建设优质糯稻基地5万亩。", ["rice"]),
        ("清江鱼养殖产量稳定在1.5万吨。", ["fisheries"]),
        # caviar is a fishery product processed, as aquatic products are (batch 926); medicinal
        # herbs by their short name are traditional Chinese medicine's, their fair too (batch 934)
        ("支持鱼子酱加工企业扩产。", ["fisheries"]),
        ("举办2026年安国药材交易会。", ["traditional-chinese-medicine"]),
        # sports shoes are footwear (batch 937)
        ("品牌运动鞋出口额增长12%左右。", ["footwear-and-apparel"]),
        # crabs, their fry and crab-and-rice farming are fisheries, as 河蟹 is; a crab's kind by
        # its head (batch 955)
        ("螃蟹产量达到1.5万吨，提供优质蟹苗1000万只。", ["fisheries", "fisheries"]),
        ("推广蟹稻共生模式5万亩。", ["fisheries"]),
        ("梭子蟹养殖面积稳定在5万亩。", ["fisheries"]),
        # engineered stone is the stone industry's (batch 997); tussah silkworms raised on oak
        # are sericulture's and magnolia buds a medicinal herb (batch 1003)
        ("建设人造石产业园，引进人造石英石企业5家。", ["dimension-stone", "dimension-stone"]),
        (
            "柞蚕放养面积稳定在15万亩，辛夷种植面积达到25万亩。",
            ["sericulture", "traditional-chinese-medicine"],
        ),
        # named green teas by their kind are tea (batch 1004)
        ("推动黄山毛峰产业发展，“信阳毛尖”品牌价值达到80亿元。", ["tea", "tea"]),
        # shuttlecocks and rackets are sporting goods (batch 1006), and a tournament of table
        # tennis or badminton a sporting event — not the courts built for them; umbrellas join
        # the taxonomy, a trade of one character (batch 1007)
        ("承办乒乓球赛事3场，培育羽毛球自主品牌3个。", ["sports", "sports"]),
        ("新建羽毛球场10片，建设羽毛球馆2个。", []),
        ("推动伞业智能化改造，伞具出口额稳定在50亿元以上。", ["umbrellas", "umbrellas"]),
        # black pigs are livestock (batch 1009); hollow capsules for medicines are
        # pharmaceuticals' — not a capsule hotel's nor soft capsules of health goods (batch 1010)
        (
            "莱芜黑猪存栏达到30万头，植物胶囊产量占比提高到30%。",
            ["animal-husbandry", "pharmaceuticals"],
        ),
        ("建设胶囊酒店2家，开发蜂胶软胶囊等产品。", []),
        # glass fibre and composites are new materials, as carbon fibre is (batch 1017)
        ("玻纤及复合材料产业主营业务收入突破150亿元。", ["new-materials", "new-materials"]),
        # the space industry is aerospace's, as its commercial part is its own (batch 1018)
        ("航天产业产值突破100亿元，引进商业航天企业30家。", ["aerospace", "commercial-aerospace"]),
        # coffee joins the taxonomy, its estates too, and 茶咖 names tea and coffee both — not a
        # café (batch 1022); tea estates are tea's (batch 1024)
        ("咖啡产业综合产值达到150亿元，建设咖啡庄园20个。", ["coffee", "coffee"]),
        ("推进茶咖文旅融合。", ["tea", "coffee", "cultural-tourism"]),
        ("新开咖啡馆10家。", []),
        ("新建茶庄园10个。", ["tea"]),
        # superhard materials and synthetic diamond are new materials (batch 1026)
        (
            "超硬材料产业产值突破200亿元，金刚石单晶年产量达到25亿克拉。",
            ["new-materials", "new-materials"],
        ),
        # tin and indium are non-ferrous metals (batch 1033) — not Wuxi's (无锡) business
        ("引进锡基合金、铟靶材等精深加工项目4个，精锡产量达到4万吨。", ["non-ferrous-metals"] * 3),
        ("推动无锡产业转移，拓展无锡业务。", []),
        # licorice and rhubarb are Chinese medicinal herbs (batches 1044, 1045) — not a large
        # yellow croaker (大黄鱼, fisheries)
        (
            "人工种植甘草面积达到10万亩，大黄种植面积达到12万亩。",
            ["traditional-chinese-medicine"] * 2,
        ),
        ("大黄鱼养殖产量稳定在2万吨。", ["fisheries"]),
        # a peach-blossom festival of 肥城 is no peaches' (肥城|桃花节, batch 1070), as 桃花节 is none
        ("举办第三十四届中国肥城桃花节，推广肥城桃优新品种8个。", ["fruit"]),
        # organic, quality and ratoon rice are rice, as glutinous rice is (batch 1068)
        ("有机稻种植面积稳定在8万亩，推广再生稻2万亩。", ["rice", "rice"]),
        # Jun, Ru and celadon porcelain are ceramics, by their names (batch 1065)
        ("建设钧瓷文化小镇，汝瓷、青瓷产量增长10%。", ["ceramics"] * 3),
        # a broad sector named with its 产业 is built a park right after the verb: the park is
        # for it (batch 1059) — a modifier's park names none
        ("建设体育产业园区。", ["sports"]),
        ("建设化工园区，推进化工企业入园。", []),
        # the bee trade is beekeeping's, as 养蜂 is (batch 1057)
        ("二、蜂业", ["animal-husbandry"]),
        ("做强蜂产业。", ["animal-husbandry"]),
        # horses bred and kept are husbandry, as their products are; 养马岛 is an island (batch
        # 1564: horses named none)
        ("新建标准化养马场10个，年繁育良种马驹2000匹。", ["animal-husbandry"] * 2),
        ("做强马产业，推广马产品。", ["animal-husbandry"] * 2),
        ("建设养马岛旅游度假区。", []),
        # biological products are biomedicine's (batch 1564)
        ("开发马血清等生物制品原料。", ["biomedicine"]),
        # dried oysters are the oysters' (batch 1568: their line named none); oyster sauce alone
        # is a condiment's
        ("建设蚝油、蚝干生产线。", ["fisheries"]),
        # livestock kept is husbandry; red jujubes and mulberries are fruit (batches 1575,
        # 1576, 1582: named none)
        ("牲畜存栏稳定在260万头只。", ["animal-husbandry"]),
        ("建设红枣精深加工产业园，椹果网络零售额突破5亿元。", ["fruit", "fruit"]),
        # a mine's heritage site kept names no mining (batch 1577: read as coal)
        ("保护利用陈炉古镇、铜川煤矿工业遗址。", []),
        # monitoring points of the internet of things connected put a technology to use, no
        # trade (batch 1596: read as 物联网)
        ("建成农业大数据中心，接入物联网监测点500个。", ["big-data"]),
        # sports consumption is the sports industry's, as its races are (batch 1585: vouchers
        # named none)
        ("发放体育消费券500万元，带动体育消费5000万元。", ["sports", "sports"]),
        # a demonstration factory of smart manufacturing built for an industry named with its
        # 产业 serves both, as one after its goods does (batch 1056)
        ("建设家居产业智能制造示范工厂5个。", ["furniture", "intelligent-manufacturing"]),
        # the light-textile city's market is textiles' (batch 1052)
        ("提升轻纺城市场能级，中国轻纺城市场群成交额达到3800亿元。", ["textiles-and-apparel"] * 2),
        # algae farmed are fisheries', as 藻类养殖 is (batch 1051)
        ("做强藻类产业，藻类产品精深加工率提高到45%。", ["fisheries"] * 2),
        # shoe materials and women's shoes are footwear (batch 1050)
        ("鞋材交易额达到60亿元，女鞋产量稳定在3亿双。", ["footwear-and-apparel"] * 2),
        # pulp and paper made together are papermaking (batch 1043)
        ("新建竹浆纸一体化项目1个，推进林浆纸一体化发展。", ["papermaking", "papermaking"]),
        # recycled lead and copper are non-ferrous metals, as recycled aluminium is (batch 1041)
        ("再生铅年处理能力稳定在100万吨，新增再生铜产能5万吨。", ["non-ferrous-metals"] * 2),
        # oil camellia joins the taxonomy, its forests and oil too (batch 992), and is no tea
        # (batch 80)
        ("新造油茶林1万亩，山茶油产量达到8000吨。", ["oil-camellia", "oil-camellia"]),
        ("做大做强油茶产业，每年改造低产油茶林5万亩。", ["oil-camellia", "oil-camellia"]),
        # a kind of livestock or fish after its raising is its industry's (batch 988)
        ("林下养殖土鸡50万羽，散养黑猪2万头。", ["animal-husbandry", "animal-husbandry"]),
        ("加强养殖场管理。", []),
        # functional materials are new materials (batch 985)
        ("新型功能材料产业产值增长25%。", ["new-materials"]),
        # a market town of the goods whose trade is measured names them (batch 980)
        ("辛集国际皮革城年交易额达到120亿元。", ["leather"]),
        # bamboo weaving is a bamboo product, the bamboo industry's (batch 974)
        ("竹编产业产值增长15%，新建竹编非遗工坊5个。", ["bamboo", "bamboo"]),
        # paper products are papermaking's (batch 969)
        ("引进纸制品、印刷包装项目5个。", ["papermaking"]),
        # textile machinery is machinery, no textiles (batch 966)
        ("发展纺织机械和数控机床。", ["machinery", "machine-tools"]),
        # printed circuit boards are electronic components, electronic information's (batch 965)
        ("做强印制电路板产业，PCB产业产值突破300亿元。", ["electronic-information"] * 2),
        # convenience and quick-frozen foods are food processing, as snack foods are (batch 964)
        ("引进方便食品项目6个，新增速冻食品规上企业5家。", ["food-processing"] * 2),
        # a collective mark in quotes names its goods, as a brand does (batch 945)
        ("“宁津健身器材”集体商标使用企业达到200家。", ["sports"]),
        # low-voltage apparatus is electrical equipment (batch 909)
        ("推进低压电器数字化改造。", ["electrical-equipment"]),
        # high-count yarn and functional fabrics are textiles (batch 894)
        ("引导企业发展高支纱、功能性面料。", ["textiles-and-apparel"] * 2),
        # night-time consumption is the night-time economy's (batch 781)
        ("打造夜间消费集聚区3个。", ["night-time-economy"]),
        # durian is fruit (batch 776); squabs raised husbandry and crisp grass carp fisheries
        # (batch 777); display panels new display (batch 778); fur textiles and apparel, as
        # 皮草 is (batch 779)
        ("稳步发展榴莲种植，引进榴莲优良品种5个。", ["fruit", "fruit"]),
        (
            "乳鸽年出栏量达到1500万只，脆肉鲩养殖面积稳定在3万亩。",
            ["animal-husbandry", "fisheries"],
        ),
        ("发展肉鸽养殖。", ["animal-husbandry"]),
        ("做强显示面板。", ["new-display"]),
        ("裘皮产业营业收入达到220亿元。", ["textiles-and-apparel"]),
        # oysters by their southern names are fisheries (batch 765); power tools hardware (batch
        # 766); vegetable seeds and the bases that breed, multiply and sell them as one the
        # seed industry (batch 769)
        ("大蚝养殖面积稳定在20万亩，推广生蚝深水养殖。", ["fisheries", "fisheries"]),
        ("建设省级电动工具创新中心1个。", ["hardware"]),
        ("国产蔬菜种子市场占有率提高到80%。", ["modern-seed-industry"]),
        ("支持企业建设育繁推一体化基地。", ["modern-seed-industry"]),
        # wild mushrooms and their kinds are edible fungi (batch 760: named 野生菌 as written);
        # fluorochemicals are chemicals as phosphorus chemicals are (batch 762); molybdenum and
        # tungsten are non-ferrous metals (batch 764); yellow tea and Huoshan's yellow buds are
        # tea (batch 763), a yellow-bud cabbage no tea
        ("发展野生菌产业，实施松茸、牛肝菌保育，引进鸡枞油企业。", ["edible-fungi"] * 4),
        ("氟化工产业产值达到260亿元。", ["chemicals"]),
        ("钼钨材料产值突破180亿元。", ["non-ferrous-metals"]),
        ("“霍山黄芽”品牌价值达到50亿元，发展黄茶。种植黄芽菜500亩。", ["tea", "tea"]),
        # wooden doors are wood products, Jiangshan's white mushroom an edible fungus (batch 754)
        ("木门产业产值突破150亿元，“江山白菇”产值达到6.8亿元。", ["wood-products", "edible-fungi"]),
        ("到2027年，全区木地板产业产值突破600亿元。", ["wood-products"]),
        # goods sold through e-commerce name no e-commerce industry (the 凤凰, 晋江 and 昆明
        # annotations); e-commerce of a kind, or developed, does
        ("水蜜桃种植面积稳定在1.2万亩，电商销售额达到1.5亿元。", ["fruit"]),
        # (but the sellers fostered are the industry's own: batch 748's 培育电商销售主体)
        ("培育电商销售主体50家，线上销售额增长20%以上。", ["ecommerce"]),
        # the silver economy called an industry (batch 749: named 银发 as written, and then
        # in the elderly's tourist routes)
        ("银发产业营业收入年均增长10%。开发银发旅游线路5条。", ["silver-economy"]),
        # (大桃, as Beijing's 平谷 names its peaches: writing batch 642, session 61, they were
        # no fruit and their e-commerce brands an e-commerce industry)
        ("培育大桃电商品牌10个。", ["fruit"]),
        # (plateau summer vegetables, as Qinghai grows them: batch 661, read as an industry the
        # taxonomy lacked)
        ("做大做强高原夏菜产业。", ["vegetables"]),
        ("花卉电商交易额增长20%。", ["floriculture"]),
        ("陶瓷电商网络零售额达到150亿元。", ["ceramics"]),  # (batch 92)
        ("拓展电商渠道。发展鞋服跨境电商。", ["footwear-and-apparel", "cross-border-ecommerce"]),
        ("农村电商交易额达到5亿元。", ["ecommerce"]),
        # … and goods of no industry named by 品 before it are goods too, 家居 inside 家居工艺品
        # no furniture (batch 222: 安溪's crafts gave 家居家具 and 电子商务); developed, still one
        ("家居工艺品电商网络零售额增长15%。", []),
        ("农产品电商网络零售额增长20%。发展农产品电商。", ["ecommerce"]),
        # (a text opening with 电商 has no goods before it, whatever its last character)
        ("电商交易额增长20%，推广特色农产品", ["ecommerce"]),
        # … whatever is counted of the way (batch 105: 沭阳's 花木, flowers and nursery stock),
        # while a kind's e-commerce developed is e-commerce
        ("培训花木电商从业人员5000人次，新增花木电商网店1000家。", ["floriculture"] * 2),
        ("壮大服装电商。", ["textiles-and-apparel", "ecommerce"]),
        # a service's fleet run on an industry's energy is bought for use (batch 105)
        ("新增新能源公交车30辆，新开通镇村公交线路5条。", []),
        # kinds of tea, mushrooms, seafood and poultry are their industries'
        ("做强安化黑茶，发展香菇、黑木耳种植。", ["tea", "edible-fungi", "edible-fungi"]),
        ("扩大鲍鱼、牡蛎养殖规模，发展家禽养殖。", ["fisheries", "fisheries", "animal-husbandry"]),
        # cold-water fish and their kinds are farmed fish (batch 382)
        ("全市冷水鱼养殖面积达到1.2万亩，建成鲟鱼、虹鳟良种繁育场3个。", ["fisheries"] * 3),
        # products whose geographical indications are applied for (batch 392); a market of a
        # product where something is set up is a venue, one opened up is the trade's
        ("支持琯溪蜜柚、白芽奇兰茶申报地理标志证明商标。", ["fruit", "tea"]),
        ("在县茶叶市场设立知识产权维权工作站1个。", []),
        ("开拓茶叶市场。", ["tea"]),
        # the tourists of an industry's culture are tourism's (batch 398)
        ("打造陶瓷文化旅游，接待陶瓷文化游客100万人次。", ["cultural-tourism"]),
        # duck eggs and laying ducks are husbandry's, processed food processing's too (batch 396)
        ("全市蛋鸭存栏稳定在800万只，鸭蛋产量达到12万吨。", ["animal-husbandry"] * 2),
        ("新增规上鸭蛋加工企业2家。", ["animal-husbandry", "food-processing"]),
        # breeds of sheep are the husbandry's, their meat processed food processing's
        # (batch 114: 盐池's 滩羊); natural-gas chemicals are chemicals (涪陵's)
        (
            "提升滩羊良种繁育水平。推进滩羊肉精深加工。",
            ["animal-husbandry"] * 2 + ["food-processing"],
        ),
        ("发展湖羊养殖，建设猪肉加工项目。", ["animal-husbandry", "food-processing"]),
        # pet food and pet supplies are the pet industry's (batch 574), not food processing
        ("新增宠物食品生产线30条，规模以上宠物用品企业达到60家。", ["pet-economy"] * 2),
        # kinds of wood panel are the wood industry's (batch 569) — not an ecological sector
        ("新增生态板、无醛板生产线20条，发展胶合板、刨花板产业。", ["wood-products"] * 3),
        ("建设生态板块。", []),
        # hydrogen produced is hydrogen's (batch 581); its filling stations built for use are
        # not (the corpus's 邹城: deployment for use names no industry)
        ("新增电解水制氢装机规模30万千瓦。", ["hydrogen-energy"]),
        ("新建加氢站8座。", []),
        # warp and weft knitting are textiles, as knitting is (batch 579)
        ("新增规上经编企业10家，发展纬编面料。", ["textiles-and-apparel"] * 2),
        # copper and aluminium foil and strip are non-ferrous metals (batch 576)
        ("铜箔产能达到30万吨，高端铜板带产能达到50万吨，发展铝箔。", ["non-ferrous-metals"] * 3),
        # sheep and goats as one industry, and their farms, are husbandry's (batch 575)
        ("羊产业全产业链产值突破80亿元，新建标准化羊场50个。", ["animal-husbandry"] * 2),
        # forage processed is feed, not food; alfalfa is forage for the herds (batch 564)
        ("培育饲草加工企业5家，新建苜蓿基地10万亩。", ["animal-husbandry"] * 2),
        ("推进天然气化工向新材料延伸。", ["chemicals", "new-materials"]),
        # … dendrobium too, and the herbs counties grow as industries of their own names
        # (batch 121: 赤水's 石斛)
        (
            "发展石斛产业，扩大天麻、黄精、当归、党参、黄芪种植。",
            ["traditional-chinese-medicine"] * 6,
        ),
        # swimwear is apparel (batch 122: 兴城), packaging none
        ("壮大泳装产业集群，发展包装产业。", ["textiles-and-apparel", "包装"]),
        # medicinal herbs are 中医药's, as its 中药材 (batch 115: 文山's 三七, 抚松's 人参) —
        # not 人参 in 参与/参加/参保 (人人参与, 老年人参加, 个人参保); mineral water is an entry
        # (its 水 no 水产: 矿泉水产业)
        (
            "壮大三七产业，推广非林地人参种植，建设林下参保护基地。",
            ["traditional-chinese-medicine"] * 3,
        ),
        ("推动人人参与，组织老年人参加体检，扩大个人参保覆盖面。", []),
        # (nor people counted before 参加: batch 320's 约2000人参加, 300余人参与; ginseng by the mu
        # is still ginseng)
        ("邀请嘉宾和游客约2000人参加，300余人参与。", []),
        # goods priced name no industry (batch 322, a price bulletin); grown, they do
        ("大米每斤2.98元，蔬菜平均价格环比下降4.2%，猪肉（精瘦肉）价格下降。", []),
        ("扩大蔬菜种植面积。", ["vegetables"]),
        # goods sampled and tested name none either (batch 332, a sampling notice): counted
        # after 抽检, or listed as kinds sampled, or in a table of test results
        (
            "共抽检食品样品426批次，涉及粮食加工品、水产制品、糕点等18个食品大类。水产制品抽检64批次。",
            [],
        ),
        (
            "不合格产品如下：\n序号\t被抽样单位名称\t食品名称\t不合格项目\t检验结果\n"
            "1\t某某水产店\t花蛤\t镉\t2.6mg/kg\n2\t某某超市\t鱿鱼丝\t菌落总数\t1.2万CFU/g\n",
            [],
        ),
        ("发展粮食精深加工，做强水产品加工。", ["food-processing", "fisheries"]),
        # a tea by its last character is tea (batch 338: 富硒茶), a milk tea is none
        ("聚焦拐枣、富硒茶、狮头柑等特色产业。", ["fruit", "tea", "fruit"]),
        # breeding cows insured are livestock farming's (batch 344)
        ("能繁母牛保险承保5万头。", ["animal-husbandry"]),
        # the work a note closes with names what it addresses; the bodies it names do not
        # (batch 347: 文旅消费推广 named nothing)
        ("市文化和旅游局配合做好文旅消费推广。", ["cultural-tourism"]),
        ("（市文化和旅游局配合）", []),
        # a base of an industry in a place's positioning, ranked by its reach (batch 353)
        ("全国磷化工循环经济示范基地、鄂西北文化旅游目的地。", ["chemicals", "cultural-tourism"]),
        # a broad sector filling a table's cell, alone or after a word of its kind, is named
        # as an industry (batch 369: a column of the industries sought, 产业方向 | 航空物流)
        ("3\t5月下旬\t北京\t航空物流\t顺丰航空", ["logistics"]),
        ("推进物流降本增效。", []),
        # pears and apples (梨果) are fruit (batch 345)
        ("为县域梨果企业提供法律服务46次。", ["fruit"]),
        ("新增人参种植2万亩人参。", ["traditional-chinese-medicine"] * 2),
        # fruits named alone, in a metric or a base, are fruit growing (a document that never
        # calls them an industry) — not Portugal, a music festival, nor the pomegranate seeds
        # of unity; grapes made into wine are wine
        (
            "葡萄种植面积达到8万亩，荔枝、龙眼、芒果产量增长5%，新建蓝莓、草莓基地2个。",
            ["fruit"] * 6,
        ),
        (
            "发展葡萄酒产业，葡萄干加工量达到25万吨，扩大香蕉、杨梅、枇杷、石榴种植。",
            ["wine"] + ["fruit"] * 5,
        ),
        ("深化与葡萄牙的经贸合作，举办草莓音乐节，像石榴籽一样紧紧抱在一起。", []),
        ("壮大矿泉水产业，矿泉水产量突破200万吨。", ["mineral-water"] * 2),
        # natural drinking water as packaged water is (batch 1180: named nothing)
        (
            "发展藏药和饮用水产业，天然饮用水产能达到150万吨。",
            ["traditional-chinese-medicine", "mineral-water", "mineral-water"],
        ),
        # Tibet's 'pure land' health industry is its plateau goods', no health care's (batch 1180:
        # 医养健康) — the unlisted 净土健康
        ("发展净土健康产业。", ["净土健康"]),
        # persimmons, dried too, are fruit, and dairy goats husbandry (batch 116: 富平)
        ("做优富平柿饼，柿子种植面积稳定在20万亩。", ["fruit"] * 2),
        ("扩大奶山羊养殖规模，发展黑山羊产业。", ["animal-husbandry"] * 2),
        # cell and gene therapy is biomedicine; beauty and health no health care (batch 117)
        ("布局细胞与基因治疗，建设细胞治疗中试平台。", ["biomedicine"] * 2),
        ("发展美丽健康产业跨境电商。", ["beauty-and-health", "cross-border-ecommerce"]),
        # rice, its crop and its brand (batch 118: 五常)
        ("水稻种植面积稳定在230万亩。开展“五常大米”品牌溯源行动。", ["rice"] * 2),
        # coconuts, bamboo shoots and river snails farmed (batch 119: 文昌, 柳州); tourism
        # themed on an industry is tourism, as tourism on its culture is
        ("做强椰子产业，新种椰子树10万株。", ["fruit"] * 2),
        # (the parts after 其中 of what is built are built too, each with its figure)
        ("新建原材料基地10万亩，其中竹笋基地5万亩、螺蛳养殖基地2万亩。", ["bamboo", "fisheries"]),
        ("新建竹笋基地5万亩、螺蛳养殖基地2万亩。", ["bamboo", "fisheries"]),
        ("打造陶瓷主题旅游线路5条。", []),
        # … its routes called choice ones too (batch 1216: 茉莉花主题精品旅游线路 named jasmine);
        # flowers fused with tourism (花旅融合) names neither, as the corpus's 呈贡, 青州 and 鄢陵
        # golds hold (a 花旅 alias of tourism, tried in session 74, broke them and 梨花旅游)
        ("打造茉莉花主题精品旅游线路3条。", []),
        ("推动花旅融合，发展梨花旅游。", ["tourism"]),
        # a town named for it is a place, one built for it is its (batch 119: 螺蛳粉小镇)
        ("接待陶瓷小镇游客200万人次。建设陶瓷特色小镇1个。", ["ceramics"]),
        # … and a hotel named for it (batch 546), not hotels as a trade beside it
        ("建设溪龙白茶温泉酒店。", []),
        ("发展会展酒店等现代服务业。", ["exhibitions", "modern-services"]),
        # wolfberries, named with the county's name before them too (batch 545: 中宁)
        ("巩固提升中宁枸杞产业优势，做响中宁枸杞品牌。", ["wolfberry"] * 2),
        # shellfish farmed on tidal flats (batch 113: 东港's 杂色蛤)
        ("稳定滩涂贝类养殖面积100万亩，建设杂色蛤良种繁育基地2处。", ["fisheries"] * 2),
        # the economies a district or county grows, as 总部经济 is (batch 109)
        (
            "做强总部经济和楼宇经济。繁荣夜间经济，发展首店经济。发展林下经济五万亩。",
            [
                "headquarters-economy",
                "office-building-economy",
                "night-time-economy",
                "first-store-economy",
                "under-forest-economy",
            ],
        ),
        # Wenzhou's cluster names (batch 111); electrification and a list of utilities are
        # no electrical industry
        (
            "壮大汽摩配产业，提升鞋革产业，发展智能电气产业。",
            ["auto-parts", "footwear-and-apparel", "electrical-equipment"],
        ),
        ("提高终端用能电气化水平，优化水电气暖报装服务。", []),
        ("推进茶叶产业化经营。", ["tea"]),
        # toys and cosmetics; underwear and loungewear are apparel, not furniture (batch 112)
        (
            "推动玩具企业智能化改造，推进化妆品产业集聚，提升内衣家居服产业。",
            ["toys", "cosmetics", "textiles-and-apparel", "textiles-and-apparel"],
        ),
        # children's wear is apparel, and so is its e-commerce's channel (batch 106)
        (
            "全镇童装产业销售额突破800亿元，童装电商网络零售额增长12%。",
            ["textiles-and-apparel"] * 2,
        ),
        ("推广氢燃料电池公交车50辆。", []),
        ("建设新能源公交车生产基地。", ["new-energy-vehicles"]),
        # a market town named for an industry is a name (batch 51) — built for it, it
        # addresses it, as a park does
        ("推进义乌国际家具城扩容。", []),
        # the items the taxonomy lacks of a list closed by 等 and a class of industries
        # (batch 53)
        (
            "前瞻布局脑机接口、6G、生物制造等未来产业。",
            ["脑机接口", "6G", "biomanufacturing"],
        ),
        ("发展石材、轴承等特色产业。", ["dimension-stone", "轴承"]),
        # Sichuan's 医药健康 is pharmaceuticals, its 健康 no health-care industry (batch 54)
        ("培育医药健康产业。", ["pharmaceuticals"]),
        # a facility of one industry's kind built for another (batch 52): both
        ("建设蔬菜检测认证中心1个。", ["vegetables", "testing-and-certification"]),
        ("建设家具城1处。", ["furniture"]),
        ("全区电子商务交易额达到6亿元。", ["ecommerce"]),
        ("发展直播电商，培育电商示范企业10家。", ["ecommerce", "ecommerce"]),
        ("做强冬枣、大樱桃产业。", ["fruit", "fruit"]),
        # a broad sector developed as such, closing its phrase, is the industry
        ("做强山水生态旅游（县文化和旅游局牵头）", ["tourism"]),
        ("大力发展旅游业，振兴传统工业。", ["tourism", "industry"]),
        # but not as a modifier, nor as an aim the verb is not about
        ("推进旅游景区提档升级，发展工业互联网。", ["industrial-internet"]),
        ("培育旅游人才。", []),
        ("培育滨海旅游。", ["tourism"]),
        # the work a body is named answerable for is no part of the note naming it (batch 1161:
        # the industry was lost inside the note)
        ("各乡镇人民政府是茶产业发展的责任主体，要明确专人负责，确保各项任务落地见效。", ["tea"]),
        ("各乡镇人民政府是茶产业发展的责任主体。", ["tea"]),
        # 做旺 (make it thrive) develops it too (batch 1156: a heading, 做旺旅游产业)
        ("二、做旺旅游产业", ["tourism"]),
        # … and a cluster of it developed or built up (打造) is it (found probing: 打造绿色化工产业
        # 集群 and 发展化工产业集群 named nothing)
        ("打造千亿级绿色化工产业集群。", ["chemicals"]),
        ("发展医药产业集群，壮大光伏产业集群。", ["pharmaceuticals", "photovoltaics"]),
        ("打造化工产业。", ["chemicals"]),
        # … and a broad sector improved, the phrase closing on it (batch 1239: 提升港口物流 named
        # nothing) — not a measure of it improved (提升物流效率)
        ("4.提升港口物流。港口货物吞吐量达到800万吨。", ["logistics"]),
        ("提升物流效率。", []),
        # … or the class of industry it is made (batch 1210: 做强全域旅游首位产业 named nothing)
        ("做强全域旅游首位产业。", ["tourism"]),
        ("发展化工主导产业，壮大光伏支柱产业。", ["chemicals", "photovoltaics"]),
        # the statisticians' name for the sector (found probing: nothing was named)
        ("医药制造业增加值增长15%。", ["pharmaceuticals"]),
        # (but not a thing built for it: 打造旅游线路, 化工园区)
        ("打造旅游精品线路3条，提升化工园区安全水平。", []),
        # a body's name holds no industry the measure addresses, in prose as in notes:
        # a department, a leading group, a task force
        ("领导小组办公室设在县文化和旅游局。", []),
        ("成立县文旅融合发展工作领导小组。", []),
        ("成立市先进制造业发展工作专班，统筹推进。", []),
        ("打开文旅融合新局面。", ["cultural-tourism"]),
        ("优化新能源产业布局。", ["new-energy"]),
        # a centre built for an industry too, but not one named with it
        ("建设蔬菜种业创新中心。", ["modern-seed-industry"]),
        ("与人工智能学习体验中心联合打造研学高地。", []),
        # the names plans give these industries
        ("扩大新能源商用车产能。", ["new-energy-vehicles"]),
        (
            "发展农村电商，培育电商示范企业10家，发展跨境电商。",
            ["ecommerce", "ecommerce", "cross-border-ecommerce"],
        ),
        # a park named for it is a name: 花卉电商产业园 (the 2024 sample)
        ("花卉电商产业园入选省电商产业带。", []),
        ("推动铝产业高端化发展，铝精深加工产业营业收入达到1400亿元。", ["non-ferrous-metals"] * 2),
        ("打造肉制品精深加工基地。", ["food-processing"]),
        ("培育直播电商基地30个。", ["ecommerce"]),
        ("培育茶叶、板栗等特色产业基地10处。", ["tea", "fruit"]),
        # a rank of facility (省级以上…示范工厂, 国家级…产业园) is a kind, not one named
        ("省级以上智能制造示范工厂达到20家。", ["intelligent-manufacturing"]),
        ("创建国家级现代农业产业园1个。", ["modern-agriculture"]),
        ("青州市花卉产业园建成投用。", []),
        # 农产品加工 is the food industry's, not 工业 (in 加工业)
        ("发展农产品加工业，新增规模以上农产品加工企业10家。", ["food-processing"] * 2),
        ("做强肥城桃产业，桃产业综合产值达到50亿元。", ["fruit", "fruit"]),
        # names of Shandong's 十强产业 and of the strategic emerging industries
        ("培育现代海洋、现代金融等十强产业。", ["marine-economy", "financial-services"]),
        ("发展芯片设计，壮大数字创意产业。", ["semiconductors", "cultural-creative"]),
        ("建设生猪、肉牛标准化养殖场，发展海参养殖。", ["animal-husbandry"] * 2 + ["fisheries"]),
        (
            "壮大检验检测、科技服务业。",
            ["testing-and-certification", "science-and-technology-services"],
        ),
        ("发展食用菌产业，做强日用陶瓷。", ["edible-fungi", "ceramics"]),
        # marine ranching and deep-sea farming are fisheries, a ranked ranch too
        ("新增省级海洋牧场示范区2处，发展深远海养殖。", ["fisheries", "fisheries"]),
        # nuts of the orchard are fruit growing (林果)
        ("推进板栗提质增效，改造低产栗园2万亩，发展核桃产业。", ["fruit"] * 3),
        # a broad sector lent to is the industry
        ("新增制造业贷款20亿元。", ["manufacturing"]),
        ("制造业中长期贷款余额增长15%。", ["manufacturing"]),
        # … or its firms (batch 625: 光伏企业 lent to named none)
        ("全年为光伏企业发放贷款100亿元以上。", ["photovoltaics"]),
        # but not one pushed to get better (the gold of the sample action plan: its
        # 推动服务业转型升级 names 总部经济, 金融服务业 and 人力资源服务业, not 服务业)
        ("推动服务业转型升级。", []),
        ("深化乡村振兴，推动农业提质增效。", []),
        # dimension stone (quarrying and working granite and marble), a county's industry
        ("推进石材企业整合提升，做强石材产业。", ["dimension-stone", "dimension-stone"]),
        # a broad sector's names for what is made or refined name the industry in any use
        ("石油化工产业实现营业收入620亿元。", ["chemicals"]),
        ("做强石油化工主导产业。", ["chemicals"]),
        ("培育光伏组件和储能电池制造企业。", ["photovoltaics", "energy-storage"]),
        # but deploying solar capacity is no industry (the sample action plan's gold)
        ("到2025年，整县分布式光伏装机容量达到50万千瓦以上。", []),
        ("建设分布式光伏电站，推动光伏发电就近消纳。", []),
        # a broad sector developed with others coordinated before the phrase closes
        ("壮大光伏和储能产业。", ["photovoltaics", "energy-storage"]),
        ("依托化工园区工业副产氢资源。", []),
        # bamboo grown, cut and made into goods; bamboo as scenery is tourism
        ("推进竹林培育，做强竹材加工，支持竹纤维材料研发。", ["bamboo"] * 3),
        ("2027年竹林景区接待游客达到1500万人次。", []),
        # jujubes are fruit (batch 1339: 宁阳大枣 named none)
        ("打造宁阳大枣品牌，大枣销售额突破3亿元。", ["fruit", "fruit"]),
        # fir processed is wood products, not an industry of its own (batch 1354: 杉木加工产业 read
        # as one beside 木业); firs planted none
        ("杉木加工产业产值突破60亿元。", ["wood-products"]),
        ("营造杉木林1万亩。", []),
        # magnesium-based new materials are non-ferrous metals and new materials (batch 1343: the
        # metal named none; the corpus's 海西)
        ("围绕镁基新材料产业，筹建计量测试中心。", ["non-ferrous-metals", "new-materials"]),
        # flowers in an expo park's name, where stations are set, name no industry (batch 1321)
        ("在鄢陵国家花木博览园设置应急救护站4个。", []),
        # a kind of tea is tea; power batteries, as lithium batteries, are new energy
        ("安吉白茶产值稳定在40亿元以上。", ["tea"]),
        ("推动整车及动力电池项目扩能，发展锂电产业。", ["new-energy", "new-energy"]),
        # industrial design developed is an industry
        ("发展工业设计，工业设计服务收入达到30亿元。", ["industrial-design"] * 2),
        # robots put to use are no robot industry (the corpus's 高密 and 顺德 annotations)
        ("全年新增工业机器人应用1500台。", []),
        ("推广工业机器人应用。", []),
        # … or counted in as they are added (batch 1282), while a count of those made is theirs
        ("完成智能化技术改造30家，新增工业机器人200台。", []),
        # parts listed before 等零部件 are a trade's parts, not their industries (平乡's bicycles)
        ("引进车架、车圈、轮胎等零部件企业15家。", []),
        ("引进轮胎企业5家。", ["rubber-and-tyres"]),
        # dairy, jerky, dried noodles and biscuits are food made (batch 1291's yak and barley)
        (
            "支持牦牛肉干、牦牛奶制品加工企业扩能。",
            ["animal-husbandry", "food-processing", "animal-husbandry", "food-processing"],
        ),
        ("开发青稞挂面、青稞饼干等新产品10个。", ["food-processing", "food-processing"]),
        ("全年生产工业机器人2万台。", ["robotics"]),
        # fireworks: their industry, not bamboo's 竹产业 inside 爆竹产业; the goods alone (a
        # safety check's) name none (batch 528; the corpus's 宜都 notice)
        ("全年烟花爆竹产业集群总产值达到600亿元。", ["fireworks"]),
        ("推动花炮产业转型升级。", ["fireworks"]),
        ("对烟花爆竹经营单位开展联合检查。", []),
        ("推动爆竹产业安全发展。", ["爆竹"]),
        ("发展竹产业。", ["bamboo"]),
        # … and promoted for the work they do (batch 527)
        ("推广铸造、抛光工序机器人1000台。", []),
        ("发展工业机器人产业。", ["robotics"]),
        # a longer name running on from another names both
        ("发展新能源汽车及零部件产业。", ["new-energy-vehicles", "auto-parts"]),
        # a county's cluster: footwear and apparel, cranes
        (
            "推进制鞋企业治理，发展鞋服跨境电商。",
            ["footwear-and-apparel", "footwear-and-apparel", "cross-border-ecommerce"],
        ),
        ("起重装备产业实现营业收入420亿元。", ["lifting-equipment"]),
        # coal mined and its industry; coal burnt is no industry
        ("全旗煤炭产量稳定在2.8亿吨，推进煤矿智能化改造。", ["coal", "coal"]),
        ("旗财政每年安排煤炭产业转型发展专项资金1亿元。", ["coal"]),
        ("压减煤炭消费总量。", []),
        # … nor coal stocked for the winter (batch 377's heating plan)
        ("建立供暖保障应急机制，储备应急煤炭2万吨。", []),
        ("落实煤炭储备，保障群众温暖过冬。", []),
        # … a task force named after it is a body (its name's suffix well after 产业)
        ("成立煤炭产业高质量发展工作专班。", []),
        # (or further on: batch 248's 稻米品牌保护专项行动领导小组, the corpus's 任丘 石化 task force)
        ("成立五常市稻米品牌保护专项行动领导小组，分管副市长任组长。", []),
        ("成立石化产业高质量发展工作专班。", []),
        # coal-based chemicals are chemicals in any use; precision machinery is machinery
        ("现代煤化工产值突破300亿元，延伸煤化工产业链。", ["chemicals", "chemicals"]),
        ("引进精密机械项目8个。", ["machinery"]),
        # the car industry by its plain names
        ("全区汽车产业规模突破8000亿元，引进汽车领域高层次人才。", ["auto-parts"] * 2),
        # (汽车汽配, cars and their parts, as a city names its cluster: batch 250)
        ("汽车汽配产业实现产值620亿元。", ["auto-parts"]),
        # fuel cells are hydrogen energy, fuel-cell vehicles new-energy vehicles; promoted
        # for use they are neither (the corpus's 邹城 annotation)
        ("布局氢燃料电池汽车产业链。", ["hydrogen-energy", "new-energy-vehicles"]),
        ("推广氢燃料电池汽车，燃料电池汽车推广量累计达到5000辆。", []),
        # … nor, as a share of official cars, are new-energy cars (batch 388)
        ("推广新能源汽车，新增及更新公务用车中新能源汽车比例达到50%以上。", []),
        # a zone is a place
        ("提升河阳山歌文化旅游区。", []),
        # phosphorus chemicals: fine (精细磷化工) or not (磷化工)
        ("做强精细磷化工产业，延伸磷化工产业链。", ["fine-chemicals", "chemicals"]),
        # tea grown; tourism on tea (the corpus's 夷陵 and 湄潭 annotations)
        ("茶园面积稳定在60万亩。", ["tea"]),
        ("推动茶旅融合，打造茶旅精品线路5条。", ["tourism", "tourism"]),
        # tourism on an industry's culture is tourism (batch 92); the two listed are both
        ("打造陶瓷文化旅游线路3条，陶瓷文化旅游接待游客达到500万人次。", ["cultural-tourism"] * 2),
        ("做强陶瓷、文化旅游等优势产业。", ["ceramics", "cultural-tourism"]),
        # tourism of a kind an industry names is both (the corpus's 清远 annotation)
        ("打造温泉康养旅游目的地。", ["health-and-elderly-care"]),
        # the items of a list of kinds of indicators are no industries (the corpus's 宁河 rules)
        ("考核指标由经济发展、创新驱动、生态环保、民生保障四类指标构成。", []),
        ("做强生态环保产业。", ["eco-environmental-protection"]),
        # the whole of farming is no one industry (农林牧渔业 holds 渔业)
        ("全县农林牧渔业总产值达到120亿元。", []),
        # egg processing is food processing; smartphones and terminals made are electronics
        ("建设蛋品加工园区1个。", ["food-processing"]),
        ("发展移动智能终端，新增智能手机产能5000万部。", ["electronic-information"] * 2),
        # petrochemicals, named short, are chemicals in any use; crabs farmed are fishery
        ("石化产业实现营业收入1200亿元。", ["chemicals"]),
        ("黄河口大闸蟹养殖面积达到12万亩。", ["fisheries"]),
        # crayfish farmed, bred and processed, in rice fields too, and its festival (batch 71)
        ("推动小龙虾精深加工，小龙虾加工产值突破300亿元。", ["fisheries"] * 2),
        ("扩大稻虾共作面积，稻虾共作面积稳定在90万亩以上。", ["fisheries"] * 2),
        ("办好潜江龙虾节，接待游客200万人次。", ["fisheries"]),
        # refining turned to chemicals
        ("实施炼化一体化改造项目8个。", ["chemicals"]),
        # coal-bed methane, named by its output
        ("新增煤层气产能3亿立方米。", ["coalbed-methane"]),
        # a park pushed along to be built is built for its industry
        ("推进纺织服装产业园标准化厂房建设。", ["textiles-and-apparel"]),
        # … and so is the land given to it (batch 1267: the corpus's 邹城 holds project land
        # named for 新能源 to address it)
        ("将预制菜产业园用地纳入国土空间规划统筹安排。", ["prepared-food"]),
        # but terminals as infrastructure are none (the sample action plan's gold)
        ("加快城镇通信网络、智能终端等信息基础设施建设。", []),
        # seed production is the seed industry, seafood processed is food processing (水产品
        # 加工 stays with fishery, as the corpus's 垦利 and 日照 annotations have it)
        ("玉米制种产业产值突破80亿元，新建标准化制种基地20万亩。", ["modern-seed-industry"] * 2),
        # … an organic base too (batch 97: 新建有机枸杞基地)
        ("新建有机蔬菜基地5000亩。", ["vegetables"]),
        # the marine economy, named by its output (batch 557)
        ("全年海洋生产总值增长8%以上。", ["marine-economy"]),
        # agricultural equipment is machinery, not modern agriculture (batch 553: a chain's name)
        ("现代农业装备", ["machinery"]),
        ("壮大现代农业装备产业。", ["machinery"]),
        # … or one for a kind of the crop (batch 548: 建设高油酸花生标准化种植基地)
        ("新建富硒茶叶标准化种植基地1万亩。", ["tea"]),
        # … or for its yield or sugar (batch 1242: 高产高糖糖料蔗基地 built for cane)
        ("新建和提升改造高产高糖糖料蔗基地5万亩。", ["sugar"]),
        ("建设高产茶叶基地2个。", ["tea"]),
        # … or for its season and climate (batch 1283), not a base named by its place
        ("在草海镇等乡镇建设夏秋冷凉蔬菜基地30万亩。", ["vegetables"]),
        ("建设草海蔬菜基地。", []),
        # food firms are the food industry's (batch 1244: a pastry brand's measure); a pet-food
        # firm is the pet economy's alone
        ("太谷饼年销售额突破8亿元，新增规上食品企业2家。", ["food-processing"]),
        ("培育年产值亿元以上宠物食品企业10家。", ["pet-economy"]),
        # the sugar mills' crushing season is the sugar industry's (batch 1242)
        ("确保2026/2027年榨季平稳开榨，蔗款兑付率100%。", ["sugar"]),
        ("壮大海产品加工产业。", ["food-processing"]),
        # yaks and Tibetan sheep are livestock, their meat processed food
        (
            "做强牦牛藏羊产业，牛羊肉加工产值突破10亿元。",
            ["animal-husbandry"] * 2 + ["food-processing"],
        ),
        # factories fostered for an industry, as parks and bases built for it
        ("培育纺织服装绿色工厂5家。", ["textiles-and-apparel"]),
        # a base built in a manner (标准化) is still built for its industry
        ("建设标准化蔬菜基地5个。", ["vegetables"]),
        # the health industry, and care combining medicine and old age, are 医养健康
        ("发展健康产业，推动医养结合发展。", ["health-and-elderly-care"] * 2),
        ("做强大健康产业。", ["health-and-elderly-care"]),
        # vaccines given are no industry, vaccines made are
        ("适龄儿童免疫规划疫苗接种率保持在95%以上。", []),
        ("引进疫苗生产项目3个。", ["biomedicine"]),
        # a broad sector developed as the last of a list of industries, 聚焦 as 发展
        (
            "聚焦电子信息、新能源和医药产业，引进项目50个。",
            ["electronic-information", "new-energy", "pharmaceuticals"],
        ),
        ("培育医药人才，发展文旅产业和医药人才队伍。", ["cultural-tourism"]),
        # a broad sector fostered in new forms (新业态), or given a fund of its own
        ("培育海洋旅游新业态。", ["tourism"]),
        ("市财政每年安排旅游业发展专项资金5亿元。", ["tourism"]),
        # all-area tourism (全域旅游) is tourism, developed as the subject of its clause too
        # (batch 201), not where its quality is raised (the corpus's 建水 and 三亚)
        ("全域旅游提质升级，全年接待游客2600万人次。", ["tourism"]),
        ("提升全域旅游品质。", []),
        ("推进旅游景区建设，培育旅游人才。", []),
        ("县财政每年安排工业发展专项资金5000万元。", []),
        # industrial silicon is a non-ferrous metal, as China's statistics class it
        ("保障工业硅企业用电需求，工业硅产量稳定在60万吨左右。", ["non-ferrous-metals"] * 2),
        # cars made and sold abroad are the car industry's; dairy products are food made
        ("汽车产量达到200万辆，汽车出口量达到15万辆。", ["auto-parts", "auto-parts"]),
        ("发展乳制品产业，乳制品产量增长10%。", ["food-processing", "food-processing"]),
        # the cultural industries where their phrase opens (batch 726: named 文化 as written,
        # then again in every 文化); a cultural industry of goods is the goods', a park's rank
        # no industry (the samples' 国家级文化产业示范园区)
        ("全市文化产业增加值增长10%以上，壮大数字文化产业。", ["cultural-industries"] * 2),
        ("推动文化产业和旅游产业融合发展。", ["cultural-industries"]),
        ("做强石雕文化产业，建成宣纸文化产业园二期。", []),
        ("中晨书画艺术产业园创建为国家级文化产业示范园区。", []),
        # a kind named by its head before its output is the head's (found writing batch 747:
        # 六堡茶综合产值 named none); camellia oil is no tea (the taxonomy's own since batch
        # 992), an industrial output no kind's
        ("六堡茶综合产值突破60亿元，新会柑全产业链产值突破190亿元。", ["tea", "fruit"]),
        ("油茶综合产值达到10亿元，规上工业产值增长8%。", ["oil-camellia"]),
        # Huizhou tea, a named tea as 白茶 and 岩茶 are (batch 740: named none)
        ("打造徽茶、山核桃等网销单品10个。", ["tea", "fruit"]),
        # bamboo grown for shoots, moso bamboo by both its names (batch 734: 笋用竹 named none)
        ("新建笋用竹基地1万亩，改造毛竹林2万亩，发展楠竹。", ["bamboo"] * 3),
        # wafers made, packaging and testing are semiconductors' (batch 731: named none)
        ("做强晶圆制造，壮大封装测试，封测产值增长25%。", ["semiconductors"] * 3),
        # canned fruit is fruit and food made (batch 725: the cans named no industry)
        ("新增罐头加工企业5家，黄桃罐头产量达到30万吨。", ["food-processing"] * 2),
        ("做强水果罐头加工。", ["fruit", "food-processing"]),
        # energy and chemicals, and coal turned to olefins, are chemicals in any use
        (
            "全市能源化工产业产值突破6000亿元，建成煤制烯烃项目2个。",
            ["chemicals", "chemicals"],
        ),
        # the items of a list whose head is a listed industry without 产业 are its parts,
        # an item's word running on past the match (牦牛|肉) (batch 46)
        ("建设牦牛肉、青稞等农产品加工车间5万平方米。", ["food-processing"]),
        # heavy equipment is equipment made (batch 47)
        ("做强重型装备。", ["equipment-manufacturing"]),
        # IT application innovation (信创), listed among digital industries (batch 42)
        ("培育信创、半导体等数字产业。", ["it-application-innovation", "semiconductors"]),
        ("推进信息技术应用创新产业发展。", ["it-application-innovation"]),
        # green food as an industry is food made; a certification mark names none (batch 39)
        (
            "聚焦绿色食品、高端装备制造两大主导产业。",
            ["food-processing", "equipment-manufacturing"],
        ),
        ("新增绿色食品认证20个，有机农产品标志使用企业10家。", []),
        # … nor the mark a product is certified with (batch 1283): the vegetables'
        ("新认证绿色食品蔬菜产品10个。", ["vegetables"]),
        # … but an identifier resolution node is the industrial internet's (batch 721)
        ("建成工业互联网标识解析二级节点1个。", ["industrial-internet"]),
        # a broad sector named as an industry by its output is that industry (batch 37)
        ("绿色化工产业产值突破1500亿元。", ["chemicals"]),
        ("机械行业营业收入增长8%。", ["machinery"]),
        # (its output reached or done, as a report gives it: batch 801)
        ("绿色硅光伏产业实现产值420亿元，同比增长16%。", ["photovoltaics"]),
        ("机械行业全年完成营业收入80亿元。", ["machinery"]),
        # (or its firms' above the size line: batch 935)
        ("农机装备产业规上企业营业收入达到120亿元。", ["machinery"]),
        # (or the fair held for it: batch 937)
        ("举办第十一届国际体育产业博览会。", ["sports"]),
        # … a trade expo too (batch 1250)
        ("举办第十八届中国新疆冬季旅游产业交易博览会。", ["tourism"]),
        # … but not as a modifier of other things' output
        ("工业增加值增长6%，化工园区产值达到300亿元。", []),
        # a chain named for two kinds of vehicle names both; not cars in general (batch 56)
        (
            "新能源智能汽车产业链产值达到2500亿元。",
            ["new-energy-vehicles", "intelligent-connected-vehicles"],
        ),
        (
            "壮大新能源和智能网联汽车产业。",
            ["new-energy-vehicles", "intelligent-connected-vehicles"],
        ),
        ("发展智能汽车产业。", ["intelligent-connected-vehicles"]),
        # parts for new-energy vehicles are parts and new-energy vehicles (batch 74)
        ("新增新能源汽车零部件企业2家。", ["auto-parts", "new-energy-vehicles"]),
        # oil tea (油茶, camellia oil) is no tea (batch 80)
        ("发展白茶产业。", ["tea"]),
        # green hydrogen is hydrogen (batch 75)
        ("发展绿氢产业，新增绿氢产能2万吨。", ["hydrogen-energy"] * 2),
        # orchards are fruit growing
        ("新建矮化密植果园1万亩。", ["fruit"]),
        # 医药健康 is the pharmaceutical industry in any use, as a chain's name too
        ("4 医药健康 副区长", ["pharmaceuticals"]),
        # cotton spinning, yarn and home textiles are textiles (batch 57)
        ("扩大棉纺产能。", ["textiles-and-apparel"]),
        ("新增纺纱产能30万锭。", ["textiles-and-apparel"]),
        ("壮大家纺。", ["textiles-and-apparel"]),
        # … and its towels (batch 1227: “高阳毛巾” named none)
        ("新增“高阳毛巾”集体商标授权企业50家，毛巾产量增长5%。", ["textiles-and-apparel"] * 2),
        # farming and herding developed are both (batch 58)
        ("做优高原特色农牧业。", ["agriculture", "animal-husbandry"]),
        # the dairy industry is 奶业, no industry of its own (batch 58)
        ("推动奶产业提质增效。", ["animal-husbandry"]),
        # ships registered or managed are no shipbuilding, their firms are shipping services'
        # (an entry since batch 510); ships built and repaired are shipbuilding (batch 60)
        (
            "国际船舶登记数量达到200艘，引进航运经纪、船舶管理等航运服务企业30家。",
            ["shipping-services"],
        ),
        ("推动航运服务业集聚发展。", ["shipping-services"]),
        ("支持船舶修造企业做大做强，发展船舶工业。", ["shipbuilding", "shipbuilding"]),
        # ships assembled, their marine parts, ship firms and ship repair (batch 510)
        ("做强船舶总装制造。", ["shipbuilding"]),
        ("壮大海工装备和船舶配套。", ["marine-engineering-equipment", "shipbuilding"]),
        ("全年为船企新增融资授信100亿元。", ["shipbuilding"]),
        ("发展船舶修理、改装和拆解业务，修船产值达到25亿元。", ["shipbuilding", "shipbuilding"]),
        # … but ships inspected, polluting or moored are none
        ("开展船舶污染防治专项检查，船舶靠港使用岸电。", []),
        # lighting and decorative lamps, an entry since batch 512 (LED lighting stays semiconductors',
        # as 江西's gold has it); lights put up or lit are no industry
        ("全镇灯饰照明产业总产值达到260亿元。", ["lighting"]),
        ("培育灯饰自主品牌20个。", ["lighting"]),
        ("壮大半导体照明和集成电路。", ["semiconductors", "semiconductors"]),
        ("实施城市道路照明改造，新装路灯3000盏。", []),
        # wire and cable, an entry since batch 513: its short form, its products and firms; cables
        # laid are no industry
        ("规模以上线缆企业达到250家。", ["wire-and-cable"]),
        ("支持企业研发特种电缆等高端产品。", ["wire-and-cable"]),
        ("壮大电线电缆产业。", ["wire-and-cable"]),
        ("敷设10千伏电缆20公里。", []),
        # … and a brand of its goods in quotes, as a broad sector's last word (batch 513)
        ("开展“无为电缆”区域品牌宣传推介活动4场。", ["wire-and-cable"]),
        ("打造“青州制造”品牌。", []),
        # a metal's supply secured as a material is no industry addressed (batch 513)
        ("推进铜铝材料保障。", []),
        ("做强铜铝材料产业。", ["non-ferrous-metals"]),
        # a broad sector a measure drives (带动) is one it develops (batch 514); goods bought are none
        ("带动渔具消费和滨海旅游。", ["tourism"]),
        # e-commerce as a channel beside another (batch 514), as alone (拓展电商渠道)
        ("拓展电商和外贸渠道。", []),
        ("拓展电商渠道。", []),
        ("发展农村电商和跨境电商。", ["ecommerce", "cross-border-ecommerce"]),
        # sporting goods made (运动装备制造) are no equipment manufacturing (batch 516)
        ("对户外运动装备制造企业给予一次性奖励30万元。", []),
        ("发展体育装备制造。", ["sports"]),
        ("发展运动装备制造业。", ["manufacturing"]),
        ("壮大高端装备制造产业。", ["equipment-manufacturing"]),
        ("培育装备制造。", ["equipment-manufacturing"]),
        # the internet of vehicles is the connected vehicles' (batch 518)
        ("打造车联网先导区应用场景50个。", ["intelligent-connected-vehicles"]),
        # smart-home goods are no furniture (batch 512)
        ("推广智能家居照明、健康照明等新产品。", []),
        # logistics grown in a list closed by 等 and the class of services it is (batch 512)
        (
            "发展工业设计、检验检测、物流配送等生产性服务业。",
            ["industrial-design", "testing-and-certification", "logistics"],
        ),
        ("发展工业设计、物流等生产性服务业。", ["industrial-design", "logistics"]),
        ("壮大船舶和新材料产业。", ["shipbuilding", "new-materials"]),
        # low-altitude infrastructure and routes are the low-altitude economy's (batch 60)
        ("完善低空基础设施，建设低空飞行服务站1个。", ["low-altitude-economy"] * 2),
        ("大力降低空气污染物排放。", []),
        # future industries of 2025–26 plans: quantum technology, embodied AI
        ("推动量子计算、量子通信产业化，量子科技企业达到100家。", ["quantum-technology"] * 3),
        ("培育具身智能企业50家。", ["embodied-ai"]),
        # a salt lake's industry is salt chemicals; magnesium metal is non-ferrous (batch 64)
        ("全市盐湖产业产值达到500亿元，做强盐湖提锂。", ["salt-chemicals", "salt-chemicals"]),
        ("金属镁产能达到10万吨。", ["non-ferrous-metals"]),
        # jasmine grown is a flower; jasmine tea is tea (batch 65)
        ("茉莉花种植面积稳定在13万亩，茉莉花茶产量达到8万吨。", ["floriculture", "tea"]),
        ("茉莉花产业综合产值突破200亿元。", ["floriculture"]),
        # a cold-chain centre built where the fruit is grown (batch 1279: 菠萝|产地|冷链集配中心)
        ("在曲界镇建设菠萝产地冷链集配中心2个。", ["fruit", "cold-chain-logistics"]),
        # … or the industry's materials tested (batch 1454: 锂电池|材料|检验检测中心)
        ("建成锂电池材料检验检测中心1个。", ["new-energy", "testing-and-certification"]),
        # Hainan's upland rice is rice (batch 1458: 山兰稻 had been read as an industry unlisted)
        ("恢复山兰稻种植面积3000亩，举办山兰稻文化节。", ["rice", "rice"]),
        # chargers built for the vehicles name no industry, as chargers alone do (batch 1461)
        ("新增新能源汽车充电桩1000个，新能源汽车产业产值突破100亿元。", ["new-energy-vehicles"]),
        # beef and mutton are the herds' (batch 1493)
        ("牛羊肉产量达到18万吨，牛羊肉外销额增长15%。", ["animal-husbandry"] * 2),
        # tourism thriving, as a report's heading reviews it (batch 1531)
        ("全域旅游蓬勃发展。", ["tourism"]),
        # a high-tech park's name holds its goods, no industry of the measure's (batch 1533)
        ("4月20日在寿光蔬菜高科技示范园举行开幕式。", []),
        # copper, lead and zinc smelted are non-ferrous metals (batch 1507)
        ("推动铜冶炼绿色升级，推进铅锌冶炼技术改造。", ["non-ferrous-metals"] * 2),
        # a show of ethnic costumes is no apparel industry, their making is (batch 1506)
        ("举办苗族侗族民族服饰展演，开展非遗展示活动30场。", []),
        ("发展民族服饰产业。", ["textiles-and-apparel"]),
        # autumn-and-winter vegetables, the south's crop for the north (batch 1274)
        ("秋冬菜种植面积稳定在25万亩。", ["vegetables"]),
        # farm and livestock products processed are food (batch 66)
        ("农畜产品加工产值达到3亿元。", ["food-processing"]),
        # culture blended with sports or commerce and tourism is cultural tourism, as 农文旅 is;
        # sports events held are the sports industry's (batch 67)
        ("推动文体旅融合，发展文商旅消费。", ["cultural-tourism", "cultural-tourism"]),
        ("举办黄河马拉松等体育赛事10场。", ["sports"]),
        # hardware (五金), whose name opens with a numeral, is an industry (batch 68)
        ("全市五金产业产值突破500亿元，实施五金企业智能化改造项目30个。", ["hardware", "hardware"]),
        # advanced materials are new materials (batch 69)
        ("先进材料产业链产值达到900亿元。", ["new-materials"]),
        # special steel is steel; farm products processed in depth are food (batch 82)
        ("江油特钢产品结构调整项目，新建高端特殊钢生产线。", ["steel", "steel"]),
        ("建设农产品精深加工产业园。", ["food-processing"]),
        # … and so is one a project builds (a project list's name cell: …产业园项目), not a
        # park named (青州市花卉产业园建成投用)
        ("2\t江油农产品精深加工产业园项目\t建设标准化厂房12万平方米", ["food-processing"]),
        ("中药材仓储物流基地项目", ["traditional-chinese-medicine"]),
        # (a project upgrading or enlarging the park too, batch 199)
        ("1\t贺兰山东麓葡萄酒产业园提升项目\t新建酒庄3座", ["wine"]),
        ("3\t鞋服产业园改造提升项目", ["footwear-and-apparel"]),
        # (a smart one too, as a digital one: 建设智慧冷链物流园区)
        ("建设智慧冷链物流园区。", ["cold-chain-logistics"]),
        # … and so is a park's building a project builds (batch 85), but not the park named
        ("红塔区智能制造产业园标准化厂房", ["intelligent-manufacturing"]),
        ("完善提升度辰智能制造产业园，园区企业达到50家。", []),
        # raw coal is the coal industry's output (batch 88), burnt it is none
        ("原煤产量达到1.65亿吨。", ["coal"]),
        ("压减原煤消费量。", []),
        # exhibitions named alone are the exhibitions industry (batch 89), a venue is a name
        ("推动会展与旅游深度融合。", ["exhibitions"]),
        ("建设国际会展中心。", []),
        # neckties and leather or fur garments are apparel; integrated stoves and kitchen
        # appliances are household appliances; leather and its making (制革) an industry of
        # their own (batch 124: 嵊州, 辛集)
        ("推动领带产业转型，做强皮衣皮草。", ["textiles-and-apparel"] * 3),
        # kinds of garment are apparel, pastries, braised goods and flour products food
        # (after batch 141, from the kinds a county plan names)
        ("发展西装、衬衫、羽绒服和旗袍产业。", ["textiles-and-apparel"] * 4),
        ("做强糕点和卤制品产业。", ["food-processing"] * 2),
        # … but roasting one product (咖啡烘焙) is that product's (the corpus's 澄迈), coffee's
        # since it joined the taxonomy (batch 1022)
        ("建设咖啡烘焙生产线1条。", ["coffee"]),
        # a testing centre built for an industry's products (检测中心 too); culture
        # integrated with tourism (文化与旅游) is cultural tourism (batch 145: 建水)
        ("建设陶瓷产品质量检测中心。", ["ceramics", "testing-and-certification"]),
        ("推进陶瓷文化与旅游融合。", ["ceramics", "cultural-tourism"]),
        # zisha and painted pottery are ceramics (陶 a head, as 瓷 is); the environmental
        # protection industry and its equipment are 节能环保, its equipment manufacturing no
        # 装备制造 of its own (batch 143: 宜兴)
        ("传承发展紫砂产业，发展彩陶产业。", ["ceramics", "ceramics"]),
        (
            "环保产业营业收入突破2000亿元，建设国家环保装备制造业创新中心。",
            ["energy-saving-environmental", "energy-saving-environmental"],
        ),
        # Han-style clothing is apparel, wood products 木业 (batch 141: 曹县)
        ("壮大汉服产业集群，木制品出口额增长10%。", ["textiles-and-apparel", "wood-products"]),
        # wedding and evening dresses are apparel; wedding photography is none (batch 139)
        ("发展婚纱礼服产业，婚纱出口额增长12%。", ["textiles-and-apparel"] * 2),
        ("提升婚纱摄影服务质量。", []),
        ("做强集成灶产业，发展智能厨电。", ["smart-home-appliances"] * 2),
        ("推进制革绿色化，皮革产业营业收入达到420亿元。", ["leather", "leather"]),
        # cornel and honeysuckle are medicinal herbs; soft-shell turtles are farmed fish;
        # a car's water pump or wiring harness is an auto part; a cold-chain hub built where
        # the goods grow is cold-chain logistics (batch 126: 西峡, 南丰)
        ("壮大山茱萸产业，建设金银花基地。", ["traditional-chinese-medicine"] * 2),
        ("甲鱼养殖面积稳定在1.5万亩。", ["fisheries"]),
        # bean products processed are food processing; forest food (wild berries, nuts and
        # mushrooms gathered in the forest) an entry of its own (batch 134: 海伦)
        ("引进大豆蛋白、豆制品加工项目5个。", ["food-processing", "food-processing"]),
        ("发展森林食品，森林食品企业达到20家。", ["forest-food", "forest-food"]),
        # a broad sector that is its clause's subject developing is developed (batch 140:
        # 奎文's 现代服务业提质增效); one only counted is not
        ("（二）现代服务业提质增效。新增规上服务业企业42家。", ["modern-services"]),
        ("现代服务业增加值占比达到78%。", []),
        # a base enlarged is the industry's, as one built is (batch 136: 安化); 扩大 is a verb
        # before 产业, no industry (batch 137: 北流)
        ("扩大产业规模。", []),
        # a national centre built for an industry's products is built for both (batch 137)
        (
            "建设国家日用陶瓷产品质量检验检测中心。",
            ["ceramics", "testing-and-certification"],
        ),
        ("做大茶园基地。", ["tea"]),
        # seaweeds farmed at sea are aquaculture (batch 127: 连江)
        ("做强鲍鱼和海带产业，发展紫菜精深加工。", ["fisheries"] * 3),
        ("支持汽车水泵、汽车线束龙头企业扩大产能。", ["auto-parts", "auto-parts"]),
        # special-purpose vehicles are vehicles; new-energy ones new-energy vehicles too
        # (batch 128: 随州)
        ("专用汽车产量达到25万辆。", ["auto-parts"]),
        (
            "新能源专用汽车产量占比达到30%。",
            ["auto-parts", "new-energy-vehicles"],
        ),
        ("新建产地冷链集配中心5个。", ["cold-chain-logistics"]),
        # a body named for two industries names neither, the first before 和 too
        ("成立市领带和集成灶产业提升工作专班。", []),
        # 文创 is 文化创意 as 数字创意 is; cybersecurity is an industry, a broad one: a
        # network kept secure is none
        ("推动数字文创、文创产业集聚发展。", ["cultural-creative", "cultural-creative"]),
        # … but 文创 products alone are goods of another's (the 2024 sample's gold: 花卉文创)
        ("推动手造文创产品提升，开发花卉文创等衍生产品。", ["floriculture"]),
        ("壮大网络安全产业，网络安全产业营业收入达到30亿元。", ["cybersecurity"] * 2),
        ("发展网络安全，加强网络安全防护，开展网络安全检查。", ["cybersecurity"]),
        # the trades the taxonomy's entries name in other words (session 33)
        (
            "发展体外诊断试剂和化学药、仿制药。",
            ["medical-devices", "pharmaceuticals", "pharmaceuticals"],
        ),
        (
            "布局钠离子电池、固态电池，建设抽水蓄能电站。",
            ["new-energy", "new-energy", "energy-storage"],
        ),
        (
            "壮大光通信、消费电子和电力装备产业。",
            ["electronic-information", "electronic-information", "electrical-equipment"],
        ),
        # (chemical drugs are a trade of their own, not the broad sector: batch 182, 襄阳)
        (
            "支持化学药、现代中药和体外诊断产品研发。",
            ["pharmaceuticals", "traditional-chinese-medicine", "medical-devices"],
        ),
        # a staple crop processed is food processing (batch 183: 梨树)
        ("发展玉米精深加工，引进大豆深加工企业3家。", ["food-processing", "food-processing"]),
        # a breed the taxonomy lacks, raised or its stock counted, is its kind's (batch 197: 乃东)
        ("发展藏香猪养殖，藏香猪出栏3万头。", ["animal-husbandry", "animal-husbandry"]),
        # industries the airport draws and life and health (batch 196: 大兴)
        (
            "做强临空指向性产业，围绕生命健康、氢能等领域引进项目。",
            ["airport-economy", "health-and-elderly-care", "hydrogen-energy"],
        ),
        # a park built together names its crop; industry in general between places is no
        # industry's name, nor a verb before it (batch 194: 庄浪)
        ("1.深化产业协作。共建苹果产业园1个。", ["fruit"]),
        # a base made better or stronger, as one made larger, is the crop's (batch 683: 做优茶园
        # 基地 named none); another place's park stays a name
        ("一、做优茶园基地", ["tea"]),
        ("二、做强蔬菜基地", ["vegetables"]),
        ("四、做优唐江家具产业园", []),
        ("推进产业转移，承接东部产业。", []),
        # (加工业 is a processing trade, no industry at large: batch 193, 阿克苏)
        ("（二）壮大林果加工业。", ["fruit"]),
        # sericulture is an industry of the taxonomy's (batch 684: 蚕桑种植面积 named none); broad
        # beans and a town named 桑庄 are no silkworms
        (
            "蚕桑种植面积稳定在10万亩，蚕茧产量达到5000吨，种桑养蚕户达到2000户。",
            ["sericulture"] * 3,
        ),
        ("新建蚕豆基地2000亩，推进桑庄镇建设。", []),
        # the medicines of Tibet and Mongolia are the nation's traditional ones (batch 698: 藏药材
        # named none); a company named for Tibet is no Tibetan medicine
        # (a base developed is built for its crop, as one built is: 发展…种植基地 named none)
        ("发展藏药材种植基地2000亩。", ["traditional-chinese-medicine"]),
        ("发展中药材种植基地。", ["traditional-chinese-medicine"]),
        ("支持蒙药企业做大。", ["traditional-chinese-medicine"]),
        ("支持西藏药业股份有限公司扩产。", []),
        # sugar joins the taxonomy and sericulture's silk is its own (batch 704: 糖料蔗 and 茧丝绸
        # named none, or a name the taxonomy lacked); the Silk Road and a town named for its
        # mulberries are neither
        ("全区糖料蔗种植面积稳定在38万亩，推动制糖企业提质增效。", ["sugar"] * 2),
        ("桑园面积稳定在25万亩，茧丝绸产业综合产值突破60亿元。", ["sericulture"] * 2),
        ("推进丝绸之路经济带建设，桑园镇人民政府负责。", []),
        # new-energy heavy trucks made are new-energy vehicles, as its buses and cars are (found
        # probing, session 64: none); promoted for use, none
        ("壮大新能源重卡产业，新能源重卡产量达到5000辆。", ["new-energy-vehicles"] * 2),
        ("推广新能源重卡100辆。", []),
        # rare earths join the taxonomy; their new materials are new materials too (batch 713:
        # 稀土新材料产业 named 新材料 alone, the rare earths lost)
        ("稀土新材料产业营业收入突破500亿元。", ["new-materials", "rare-earths"]),
        ("新增高性能钕铁硼永磁材料产能1万吨。", ["rare-earths"]),
        # breeding cows and villages raising cattle are husbandry (batch 711: 基础母牛 named none)
        ("新增基础母牛2万头，培育养牛专业村3个。", ["animal-husbandry"] * 2),
        # cattle bred with frozen semen, sheep inseminated (batch 720: a breeding task named none)
        ("完成牛冷配3万头、羊人工授精5万只。", ["animal-husbandry"] * 2),
        # a zone of a rank or stars is a kind, no zone's name (batch 691: 星级乡村旅游区 named
        # none); a zone named stays a name
        ("新增星级乡村旅游区3家，创建省级文化旅游区1个。", ["rural-tourism", "cultural-tourism"]),
        ("提升河阳山歌文化旅游区。", []),
        # grassland kept in balance with its herds (草畜平衡) is an ecological rule, no
        # husbandry developed (batch 679); grass and livestock developed are
        ("落实草畜平衡面积1200万亩，推行草畜平衡制度。", []),
        ("发展草畜产业。", ["animal-husbandry"]),
        # (a terminal of a network is its infrastructure, no trade: the 2023 sample)
        ("加快城镇通信网络、智能终端等信息基础设施建设。", []),
        # new-energy equipment is both; health food is food (batch 181: 阜宁)
        (
            "围绕新能源装备、健康食品、绿色建材开展招商。",
            ["equipment-manufacturing", "new-energy", "food-processing", "building-materials"],
        ),
        # vehicles powered by new energy, put on the road, are no new-energy industry (batch
        # 254: 武安's buses); new energy developed is
        ("加快推广新能源运输车辆，新能源和清洁能源公交车占比达到90%以上。", []),
        ("大力发展新能源，做强新能源汽车产业。", ["new-energy", "new-energy-vehicles"]),
        # rice fields farmed with fish, as with crayfish (稻虾共作; found probing: no industry)
        ("发展稻渔综合种养。", ["fisheries"]),
        # … written with 鱼 (batch 717: 稻鱼综合种养 named none)
        ("推广稻鱼综合种养5万亩，发展稻鱼共生。", ["fisheries"] * 2),
        # an intelligent computing centre built is for computing power (batch 267)
        ("推动中国电信、中国移动在庆阳建设智算中心。", ["computing-power"]),
        # a phase of a park closing its cell is works being built (batch 273: 株洲航空动力
        # 产业园二期 in a project list)
        ("2\t株洲航空动力产业园二期\t30\t8\t芦淞区人民政府", ["aerospace"]),
        # (refrigerated trucks so powered too: batch 266)
        ("推广新能源冷藏车500辆。", []),
        # a centre built after a list of goods closed by 等, their class and where they come
        # from, is for the industry (batch 266)
        (
            "建设樱桃、海参等特色农产品产地冷链集配中心20个。",
            ["fruit", "fisheries", "cold-chain-logistics"],
        ),
        # a commission as Chongqing names its bodies is a body's name (batch 284: 县文化旅游委
        # listed among bodies graded named 文化旅游)
        ("优秀等次：县发展改革委、县文化旅游委、县交通运输委。", []),
        # a document named in 《》 says what the measure drafting or approving it is about
        ("原则同意《英山县茶产业高质量发展规划（2026—2030年）》。", ["tea"]),
        # mushroom sheds and growers, and the white fungus (batch 281: none named 食用菌)
        ("每年改造提升传统菇棚500座。", ["edible-fungi"]),
        ("每年培训菇农2000人次。", ["edible-fungi"]),
        ("其中银耳产量4.2万吨。", ["edible-fungi"]),
        # a lake's fish, as a place sells it (batch 280: 千岛湖鱼 named nothing)
        ("依托千岛湖鱼、山核桃等特色农产品，新建原料基地12个。", ["fisheries", "fruit"]),
        # goods whose share carried cold is measured name the chain, not their industry
        (
            "果蔬、肉类、水产品冷链流通率分别达到50%、80%和90%以上。",
            ["cold-chain-logistics"],
        ),
        # jewellery and jade join the taxonomy (session 82: the corpus's golds had named them five
        # ways as written — 玉雕, 翡翠, 和田玉, 玉石加工, 人工宝石 — and jewellery none); corn is none
        ("培养玉雕人才，翡翠交易额突破400亿元。", ["jewellery-and-jade"] * 2),
        ("和田玉原料开采总量控制在300吨以内。", ["jewellery-and-jade"]),
        ("梧州人工宝石产业产值达到180亿元，宝石网络零售额增长25%。", ["jewellery-and-jade"] * 2),
        (
            "引进珍珠首饰加工企业5家，培育珠宝直播电商企业30家。",
            ["jewellery-and-jade", "jewellery-and-jade", "ecommerce"],
        ),
        ("玉米种植面积稳定在100万亩。", []),
        # musical instruments join the taxonomy (session 82: named six ways as written — 乐器,
        # 民族乐器, 吉他, 提琴, 黄桥提琴, 钢琴)
        ("吉他年产量突破800万把，提琴产量达到50万把。", ["musical-instruments"] * 2),
        ("推动洛舍钢琴产业转型，壮大民族乐器产业。", ["musical-instruments"] * 2),
    ],
)
def test_industries(text: str, expected: list[str]) -> None:
    assert industries(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an industry the taxonomy lacks, named where only an industry fits: developed,
        # a cluster, or the subject of its output (its name as written, without 产业)
        ("做强箱包产业，全县箱包产业营业收入达到50亿元。", ["箱包", "箱包"]),
        ("推动钢丝绳产业高质量发展。", ["钢丝绳"]),
        ("打造毛笔产业集群。", ["毛笔"]),
        ("确保箱包产业营业收入突破60亿元。", ["箱包"]),
        ("平乡县自行车产业高质量发展三年行动方案", ["自行车"]),
        # … or its whole chain (batch 803: 大葱全产业链, as the corpus's 京山桥米全产业链), not
        # one already called an industry nor the whole chain of no named thing
        ("大葱全产业链产值翻一番，达到40亿元。", ["大葱"]),
        ("推动白茶产业全产业链发展，延伸全产业链，构建蔬菜全产业链。", ["tea", "vegetables"]),
        ("推动预制菜和藕产业发展。", ["prepared-food", "藕产业"]),
        # … each of those coordinated before it, a listed one the listed one
        ("发展马铃薯和油菜产业。", ["马铃薯", "油菜"]),
        ("壮大钢丝绳、毛笔和箱包产业。", ["钢丝绳", "毛笔", "箱包"]),
        ("做强石材和轴承产业。", ["dimension-stone", "轴承"]),
        # a factory fostered for it is no name (a body's centre is)
        ("培育耐材产业绿色工厂5家。", ["耐材"]),
        # a listed industry is the listed one
        ("发展纺织服装产业。", ["textiles-and-apparel"]),
        # industry in general, a class of industries, or a name, is none
        ("构建产业链招商图谱。", []),
        ("发展乡村特色产业，加快发展战略性新兴产业。", []),
        ("推进科技成果产业化，推进产业数字化。", []),
        ("举办中日韩产业博览会。", []),
        ("培育县域产业，推动一二三产业融合。", []),
        ("推动产业融合发展，壮大富民产业。", []),
        # where industries stand is no industry the taxonomy lacks: by a port (batch 37) — by
        # an airport they are the taxonomy's airport economy (临空产业, session 33)
        ("壮大临港产业，发展临空产业。", ["airport-economy"]),
        # a rank or a stage of an industry is no industry: 首位产业 (the place's first),
        # 朝阳产业 (rising), 高成长产业
        ("做强首位产业，培育朝阳产业和高成长产业。", []),
        # (Beijing's high-end industries, 高精尖产业, and the frontier ones: batch 251)
        ("培育高精尖产业，布局前沿产业。", []),
        ("建设箱包产业园。", []),
        ("提升子牙循环经济产业区。", []),  # a zone (batch 118)
        # … and so is a county's industrial cluster zone (batch 1464: 汝南县 had been named)
        ("汝南县产业集聚区新增规上工业企业18家。", []),
        # … nor a figure done in the year (batch 1479: 全年完成产业投资 named 完成)
        ("全年完成产业投资120亿元。", []),
        ("优化产业结构，完善产业政策。", []),
        # a level of government's money for industry, a body named after one
        ("积极争取地区和自治区产业扶持资金。", []),
        ("配合单位：市轴承产业发展服务中心。", []),
        # a fund set aside for one: the name starts after the verb
        ("每年安排钛产业技术攻关资金5000万元。", ["钛产业"]),
        # … at a line's start after its number (batch 80)
        ("7.马铃薯产业全产业链产值：达到150亿元。", ["马铃薯"]),
        # 菱镁 (magnesite, made into refractories) is no magnesium metal (batch 84)
        ("菱镁产业营业收入达到420亿元。", ["菱镁"]),
        ("发展镁合金和金属镁产业。", ["non-ferrous-metals", "non-ferrous-metals"]),
        # a listed industry's core or related industries are the listed one
        ("全区人工智能核心产业营业收入突破1500亿元。", ["artificial-intelligence"]),
        ("数字经济核心产业增加值增长10%。", ["digital-economy"]),
        # a crop whose name opens with 大 is one (batch 90); a size or a count alone is none
        ("推动大蒜产业高质量发展。", ["大蒜"]),
        ("邳州市2026年大蒜产业发展工作要点", ["大蒜"]),
        ("壮大三大产业，培育新产业，推动重大产业项目落地，优化第一产业结构。", []),
        # … nor a count or a class by its number (十个, 百亿级, 一二三, 千亿) — but a crop whose
        # name holds a numeral is one (found probing: 八角, 百合, 万寿菊 named nothing)
        ("培育十个产业，打造百亿级产业，促进一二三产业融合，壮大千亿产业。", []),
        (
            "发展八角产业，做强百合和万寿菊产业，壮大九叶青花椒产业。",
            ["八角", "百合", "万寿菊", "九叶青花椒"],
        ),
        # milk tea and herbal tea are drinks of their own, no tea (found probing: 奶茶产业 and
        # 凉茶产业 read as 奶|茶产业); brick tea is tea, and early tea, as Sichuan's 宜宾早茶 is
        # (batch 677) — the kind named too, to be found again (batch 922: 砖茶, and 茶产业)
        ("发展奶茶产业，做强凉茶产业，壮大砖茶产业。", ["奶茶", "凉茶", "tea", "tea"]),
        ("做强早茶产业。", ["tea"]),
        # leading industries are a class of industries, none of their own (batch 57)
        ("全区三大先导产业规模突破2000亿元，对先导产业重点企业给予支持。", []),
        # once named, its name in a zone's is the zone's, a place (batch 118: 静海)
        ("壮大循环经济产业。提升子牙循环经济产业区。", ["循环经济"]),
        # a trade of one character and 业, developed or counted, is an industry the taxonomy
        # lacks by its name (batch 138: 永康's doors and cups); not an everyday word so
        # ending, nor a listed trade
        ("壮大门业和杯业。", ["门业", "杯业"]),
        ("门业产值达到300亿元，杯业产值达到180亿元。", ["门业", "杯业"]),
        # … after the whole place counting it, opening its clause (batch 1510: 全市|门业产值)
        ("全市门业产值增长6%，达到360亿元。", ["门业"]),
        ("推动城市门业产值增长。", []),
        ("新增规上企业30家，企业产值增长10%，支持创业和就业，做强物业。", []),
        ("发展鞋业和袜业。", ["footwear-and-apparel", "textiles-and-apparel"]),
        # X产业 is the listed X业 (金融产业 = 金融业, financial services), not a new one
        ("大力发展金融产业。", ["financial-services"]),
        # a verb securing it is no part of its name; a border region's industry is none of
        # its own (batch 203: 芒市)
        # (cane sugar, which the taxonomy lacked, is its sugar since batch 704)
        ("推广甘蔗良种，保障蔗糖产业原料供给。", ["sugar"]),
        ("每年安排沿边产业发展资金2000万元，壮大沿线产业。", []),
        # a name in Latin letters, with digits or not (found probing: 6G产业 gave nothing) —
        # but digits alone are a year or a count
        ("前瞻布局6G产业，做大LED产业。", ["6G", "LED"]),
        # the whole of a prefecture or a banner before it is no part of its name (batch 221:
        # 全州虫草产业 named nothing)
        ("全州虫草产业产值稳定在35亿元左右。", ["虫草"]),
        ("2026产业发展大会。", []),
        # loans given to it name it, not the giving (batch 253: 发放辣椒 was an industry)
        ("发放辣椒产业贷款15亿元。", ["辣椒"]),
        # a conjunction opening the clause names nothing (batch 280: 但产业 was an industry)
        ("产值28.6亿元，但产业仍存在龙头企业少等问题。", []),
        # a suggestion's verb is no part of the industry's name (batch 374: 建议加大眼镜 was one)
        ("建议加大眼镜产业公共技术服务平台建设支持力度", ["眼镜"]),
        # a body's name before its division names none (batch 280's postal address)
        ("邮寄至县经济和信息化局产业发展科。", []),
        # a list closed by its count and class names each (batch 346: 防腐建筑 named nothing);
        # broad sectors so listed name none
        (
            "起重装备、医疗器械、防腐建筑三大主导产业持续壮大。",
            ["lifting-equipment", "medical-devices", "防腐建筑"],
        ),
        ("农业、工业、服务业三大支柱产业协调发展。", []),
        # … an industry the taxonomy lacks revitalised (batch 899: 南珠产业振兴) — but not rural
        # industry at large
        ("合浦县2026年南珠产业振兴工作要点", ["南珠"]),
        ("推动乡村产业振兴。", []),
        # … a dish of fish is no fish farmed (the corpus's 巫山烤鱼, after fish became a head of
        # fisheries in batch 924)
        ("做强巫山烤鱼产业。", ["巫山烤鱼"]),
        # … a listed industry by its name before 产业 (食品产业 is food processing)
        ("壮大家居和食品两大主导产业。", ["furniture", "food-processing"]),
    ],
)
def test_industries_the_taxonomy_lacks(text: str, expected: list[str]) -> None:
    assert industries(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kind the taxonomy lacks whose name ends in a listed kind's head is of that
        # industry (batch 96): 福橙 is an orange (its head, 橙), 赣南脐橙 too
        ("做强福橙产业。", ["fruit"]),
        ("发展冬季瓜菜产业。", ["vegetables"]),  # (瓜菜: vegetables and melons)
        ("推动赣南脐橙产业提质增效。", ["fruit"]),
        ("做强蜜桔产业。", ["fruit"]),  # (桔, 橘 as commonly written: batch 126)
        # livestock processed is meat processing too (batch 119: 文昌鸡深加工产品)
        ("推进肉牛精深加工。", ["animal-husbandry", "food-processing"]),
        # … slaughtered and processed too; a broad sector developed closing a table's cell
        # (batch 120: 锡林浩特's rows)
        ("肉羊屠宰加工能力达到300万只。", ["animal-husbandry", "food-processing"]),
        ("3\t发展风电产业\t新增风电装机100万千瓦", ["wind-power"]),
        ("4\t发展草原旅游\t接待游客突破600万人次", ["tourism"]),
        # a breed of chicken, cattle or sheep is husbandry's (batch 119: 文昌鸡)
        ("做优文昌鸡产业。发展黄牛产业。", ["animal-husbandry"] * 2),
        ("做强荣昌猪产业。", ["animal-husbandry"]),  # (a pig breed: batch 147)
        # … and the head alone before 产业 (batch 635: 牛产业 was an industry of its own)
        ("牛产业全产业链产值突破90亿元。", ["animal-husbandry"]),
        ("做强桃产业。", ["fruit"]),
        # a word ending as a head does that is a word of its own is no kind of it: 银杏
        # (ginkgo) is no 杏 (apricot), an industry of its own name (batch 151: 邳州)
        ("做强银杏产业。", ["银杏"]),
        # a kind named by its head before the growing of it, though never called an industry
        # (batch 152: 新会柑), and 柑果 (citrus fruit); not growing at large
        ("新会柑种植面积达到15万亩。", ["fruit"]),
        ("稳定柑果种植。", ["fruit"]),
        ("扩大种植面积，推广绿色种植技术，发展林下种植。", []),
        # panel furniture is wood products and furniture both
        ("壮大板材家具产业。", ["furniture", "wood-products"]),
        # … and ducks, geese, donkeys and rabbits raised (after batch 147)
        ("发展肉鸭、白鹅、肉驴和长毛兔产业。", ["animal-husbandry"] * 4),
        # a meat named an industry is food processing's (肉 a head: batch 145's 平遥牛肉)
        ("平遥牛肉产业产值达到50亿元。", ["food-processing"]),
        # porcelain of a kind is ceramics (batch 104), taken as an object too
        ("推动钧瓷产业做大做强。", ["ceramics"]),
        ("将钧瓷产业发展任务纳入年度目标考核。", ["ceramics"]),
        # fruit without a kind named
        ("建设热带水果冷链物流园。", ["fruit", "cold-chain-logistics"]),
        # a note defining a term names no industry (batch 96)
        ("注1：规上家具企业指年主营业务收入2000万元及以上的家具制造企业。", []),
        ("新增规上家具企业100家。", ["furniture"]),
    ],
)
def test_kinds_by_their_head_and_definitions(text: str, expected: list[str]) -> None:
    assert industries(text) == expected


def test_a_kind_grown_is_named_without_the_verb_adding_it() -> None:
    """新增砂糖橘种植面积: the kind is 砂糖橘 (fruit); its surface was 新增砂糖橘 (found
    probing)."""
    from ingest.nlp.pipeline import process

    doc = process(get_pipeline(), "新增砂糖橘种植面积2000亩，新建茶园种植基地1个。", {})
    assert [(s.text, s.kb_id_) for s in doc.spans["industries"]] == [
        ("砂糖橘", "fruit"),
        ("茶园", "tea"),
    ]


def test_a_facility_named_for_its_place_is_built_for_the_industry_it_names() -> None:
    """建设南康家具设计研发中心 builds a centre for furniture, as 建设家具设计研发中心 does: the
    document's own place (南康区 → 南康) before the industry in a facility's name does not
    make it a name the industry is only part of (batch 96); another word there does."""
    from ingest.nlp.pipeline import process

    def found(text: str) -> list[str]:
        doc = process(get_pipeline(), text, {"place_names": ("赣州", "南康")})
        return [s.kb_id_ for s in doc.spans["industries"]]

    assert found("建设南康家具设计研发中心，引进设计机构30家。") == ["furniture"]
    assert found("建设家具设计研发中心。") == ["furniture"]
    assert found("建设唐江家具设计研发中心。") == []
    # … and so does the document's own zone the facility is built in (batch 205: 城固)
    assert found("加快南康工业园区家具产业园建设。") == ["furniture"]
    assert found("加快南康经济开发区家具产业园建设。") == ["furniture"]
    assert found("提升唐江工业园区家具产业园。") == []
    # … and a cultural industry park named by the document's place is the industry's, not a
    # cultural industry of goods (宣纸文化产业园 — batch 1271: 敦煌文化产业园 named none)
    assert found("加快南康文化产业园二期建设。") == ["cultural-industries"]
    assert found("加快宣纸文化产业园二期建设。") == []
    # … and the nation set apart by a middle dot before the place opens the name too (batch
    # 1272: 建成中国·临沧坚果交易中心 named no nuts)
    assert found("建成中国·南康家具交易中心，年交易额50亿元。") == ["furniture"]
    assert found("建成中国·唐江家具交易中心。") == []
    # … and so does a landform named by the place, the base's manner after it (batch 1303:
    # 建设吉隆沟有机蔬菜基地 named no vegetables)
    assert found("建设南康沟有机蔬菜基地500亩。") == ["vegetables"]
    assert found("建设唐江沟有机蔬菜基地500亩。") == []


def test_a_facility_filling_its_cell_is_built_for_the_industry_it_names() -> None:
    """A project list's name cell holding a facility alone (威县新能源汽车零部件产业园, 威县
    梨果冷链物流中心), the document's place before it, names what it is built for, as
    …产业园项目 does (batch 667: a county of one character, 威县, named with its level);
    another place before it, or words after it in the cell, keep it a name."""
    from ingest.nlp.pipeline import process

    def found(text: str) -> list[str]:
        doc = process(get_pipeline(), text, {"place_names": ("邢台", "威县")})
        return [s.kb_id_ for s in doc.spans["industries"]]

    assert found("1\t威县新能源汽车零部件产业园\t建设标准化厂房12万平方米。") == [
        "auto-parts",
        "new-energy-vehicles",
    ]
    assert found("2\t威县梨果冷链物流中心\t新建冷库3万吨。") == ["fruit", "cold-chain-logistics"]
    assert found("威县梨果冷链物流中心\t新建冷库3万吨\t县商务局") == [
        "fruit",
        "cold-chain-logistics",
    ]
    assert found("2\t贺营梨果冷链物流中心\t新建冷库3万吨。") == []
    assert found("2\t威县梨果冷链物流中心入驻企业\t10家") == []
    # (not a cell: a sentence's name stays a name)
    assert found("威县新能源汽车零部件产业园入驻企业达到20家。") == []


def test_a_brand_in_quotes_names_its_product_a_programme_does_not() -> None:
    """Quotes hold programmes' names (“链长制”) and no industry is named inside them — but a
    regional brand names its product (batch 100: 打造“日喀则青稞”区域公用品牌)."""
    from ingest.nlp.pipeline import process

    def found(text: str) -> list[str]:
        doc = process(get_pipeline(), text, {"unlisted_names": ["青稞"]})
        return [s.kb_id_ for s in doc.spans["industries"]]

    assert found("打造“日喀则青稞”区域公用品牌。") == ["青稞"]
    assert found("打造“横州茉莉花”品牌。") == ["floriculture"]
    assert found("推行“青稞产业链长制”。") == []


def test_an_industry_named_in_latin_letters_is_named_again_as_a_word_of_its_own() -> None:
    """Once 5G产业 or AI产业 is an industry, 培育5G企业 names it again — not AIGC (AI inside
    another word) nor a network's base stations (建成5G基站). Found probing."""
    from ingest.nlp.pipeline import process

    def found(text: str) -> list[str]:
        doc = process(get_pipeline(), text, {"unlisted_names": ["5G", "AI"]})
        return [s.kb_id_ for s in doc.spans["industries"]]

    assert found("培育5G企业10家，推广AI应用。") == ["5G", "AI"]
    assert found("建成5G基站100个，实现5G网络全覆盖。") == []
    assert found("推广AIGC应用。") == []
    # (a name in Chinese followed by 网络 is named again: 箱包网络零售额)
    doc = process(get_pipeline(), "箱包网络零售额增长20%。", {"unlisted_names": ["箱包"]})
    assert [s.kb_id_ for s in doc.spans["industries"]] == ["箱包"]


def test_an_unlisted_name_modifying_another_thing_is_not_named_again() -> None:
    """Once 发展海绵产业 has made 海绵 an industry (batch 484), a sponge city, a sponge-type
    road and sponge works (海绵城市, 海绵型道路, 海绵化改造) are no mentions of it; its products
    and output still are."""
    from ingest.nlp.pipeline import process

    def found(text: str) -> list[str]:
        doc = process(get_pipeline(), text, {"unlisted_names": ["海绵"]})
        return [s.kb_id_ for s in doc.spans["industries"]]

    assert found("新增海绵城市达标面积12平方公里。") == []
    assert found("建设海绵型道路与广场，推进老旧小区海绵化改造。") == []
    assert found("研发生产透水砖等海绵产品，海绵产业产值达到25亿元。") == ["海绵", "海绵"]


def test_an_unlisted_name_ending_with_one_named_alone_is_that_one() -> None:
    """A town's sanitary ware (古巷卫浴产业集聚区, batch 767) is the 卫浴 the document names an
    industry alone (卫浴产业规上企业…); named alone nowhere, it stays as written."""
    from ingest.nlp.industries import document_unlisted
    from ingest.nlp.lexicons import load_lexicons
    from ingest.nlp.pipeline import process

    text = "卫浴产业规上企业达到120家。打造古巷卫浴产业集聚区。"
    assert document_unlisted(text, load_lexicons()) == ["卫浴"]
    doc = process(get_pipeline(), "打造古巷卫浴产业集聚区。", {"unlisted_names": ["卫浴"]})
    assert [s.kb_id_ for s in doc.spans["industries"]] == ["卫浴"]
    doc = process(get_pipeline(), "打造古巷卫浴产业集聚区。", {"unlisted_names": []})
    assert [s.kb_id_ for s in doc.spans["industries"]] == ["古巷卫浴"]


def test_a_place_s_tea_tourism_names_no_tea() -> None:
    """A tea-tourism zone named by its mountain (batch 1410: 瓦屋山茶旅融合示范区, read 瓦屋山茶):
    the document's place before 茶旅 names tourism alone, as 茶旅 does; the place's tea does."""
    from ingest.nlp.pipeline import process

    def found(text: str) -> list[str]:
        doc = process(get_pipeline(), text, {"place_names": ("眉山", "洪雅", "瓦屋山")})
        return [s.kb_id_ for s in doc.spans["industries"]]

    assert found("建设瓦屋山茶旅融合示范区，接待茶旅游客达到50万人次。") == ["tourism", "tourism"]
    assert found("打响瓦屋山茶品牌。") == ["tea"]


def test_a_public_lab_watching_water_names_no_testing_industry() -> None:
    """A rural water supply plan (batch 1414): a water quality lab built (建成水质检测中心1个) is
    a public body's, no testing industry's; a centre testing goods is (the corpus's 建水, 南乐)."""
    assert industries("建成水质检测中心1个，农村供水工程水质合格率达到95%以上。") == []
    assert industries("建设紫陶产品质量检测中心。") == ["testing-and-certification"]


def test_transformers_made_and_bamboo_wood_composites_name_their_industries() -> None:
    """A transformer project (batch 1416: 年产3万台变压器项目) is electrical equipment's; a grid's
    transformers counted (配电变压器320台, the corpus's 西峡) name none. Bamboo-wood composites
    (batch 1415: 竹木复合材料) are bamboo's and wood's, not new materials'."""
    assert industries("推动江西明正变电设备有限公司年产3万台变压器项目开工建设。") == [
        "electrical-equipment"
    ]
    assert industries("新建线路260公里、配电变压器320台，新增专用变压器40台。") == []
    assert sorted(industries("新建竹木复合材料生产线4条。")) == ["bamboo", "wood-products"]
    assert industries("发展复合材料产业。") == ["new-materials"]


def test_a_listed_industry_named_with_keji_between_is_the_listed_one() -> None:
    """Bamboo technology (batch 1431: 竹科技产业, read as an industry the taxonomy lacks, 竹科技)
    is the taxonomy's 竹产业; a name with 科技 whose rest is no listed industry stays unlisted."""
    from ingest.nlp.pipeline import process

    def found(text: str) -> list[str]:
        doc = process(get_pipeline(), text, {})
        return [s.kb_id_ for s in doc.spans["industries"]]

    assert found("做强竹科技产业，竹科技产业营业收入突破60亿元。") == ["bamboo", "bamboo"]
    assert found("发展光电科技产业。") == ["光电科技"]


def test_the_making_of_a_thing_named_by_its_last_character_is_that_things() -> None:
    """Violin-making (batch 1218: 做大制琴产业 beside 提琴产业 named 制琴, a second industry): the
    making of a thing named by one character (制琴) is the industry of the one thing the document
    names ending so (提琴, or 毛笔 for 制笔); where it names none, the making stays as written (the
    corpus's 制笔). Since session 82 violins and their making are the taxonomy's musical
    instruments (乐器: 提琴, 制琴)."""
    from ingest.nlp.industries import document_unlisted
    from ingest.nlp.lexicons import load_lexicons
    from ingest.nlp.pipeline import process

    text = "发展毛笔产业，毛笔产量达到500万支。做大制笔产业。"
    assert document_unlisted(text, load_lexicons()) == ["毛笔"]
    doc = process(get_pipeline(), "做大制笔产业。", {"unlisted_names": ["毛笔"]})
    assert [s.kb_id_ for s in doc.spans["industries"]] == ["毛笔"]
    doc = process(get_pipeline(), "做大制琴产业。", {"unlisted_names": []})
    assert [s.kb_id_ for s in doc.spans["industries"]] == ["musical-instruments"]
    assert document_unlisted("做大制笔产业，规上制笔企业达到60家。", load_lexicons()) == ["制笔"]


def test_a_body_serving_an_industry_names_it_one_for_the_document() -> None:
    """River-snail noodles (batch 1224: named an industry only by the body leading the work,
    市螺蛳粉产业发展服务中心, and lost where the shops and the bagged noodles were counted): a body
    serving an industry names it one the document has, looked for again in its units; the
    body's own name addresses nothing."""
    from ingest.nlp.industries import document_unlisted
    from ingest.nlp.lexicons import load_lexicons
    from ingest.nlp.pipeline import process

    text = "发展螺蛳粉消费，新增螺蛳粉特色门店300家。（市螺蛳粉产业发展服务中心牵头）"
    assert document_unlisted(text, load_lexicons()) == ["螺蛳粉"]
    doc = process(get_pipeline(), "新增螺蛳粉特色门店300家。", {"unlisted_names": ["螺蛳粉"]})
    assert [s.kb_id_ for s in doc.spans["industries"]] == ["螺蛳粉"]
    doc = process(get_pipeline(), "（市螺蛳粉产业发展服务中心牵头）", {"unlisted_names": []})
    assert [s.kb_id_ for s in doc.spans["industries"]] == []
    # (a listed industry's centre names the listed one, no second of its own)
    assert document_unlisted("（市茉莉花产业发展中心牵头）", load_lexicons()) == []


def test_a_thing_named_before_its_industrys_class_is_the_industry() -> None:
    """发展罗布麻特色产业 (batch 1316): the thing named before the class its industry is of
    (特色, 优势, 主导) is an industry the taxonomy lacks, named as written; not a kind of place,
    land or people (山区特色产业, 盐碱地特色产业 — the corpus's 黄骅), nor a class alone."""
    from ingest.nlp.industries import document_unlisted
    from ingest.nlp.lexicons import load_lexicons

    lex = load_lexicons()
    assert document_unlisted("二、发展罗布麻特色产业。", lex) == ["罗布麻"]
    assert document_unlisted("培育可可特色产业，壮大沙棘优势产业。", lex) == ["可可", "沙棘"]
    text = "发展山区特色产业，做强盐碱地特色产业，壮大民族特色产业，发展特色产业。"
    assert document_unlisted(text, lex) == []


def test_a_year_before_a_places_product_is_no_conjunct() -> None:
    """和田地区2026年和田玉产业 (batch 1111): 和 after a year opens the jade's place, no list —
    the industry is 和田玉 (jewellery and jade's since session 82), not 田玉; a conjunction after
    a noun still parts two."""
    from ingest.nlp.industries import document_unlisted
    from ingest.nlp.lexicons import load_lexicons

    lex = load_lexicons()
    assert industries("和田地区2026年和田玉产业发展重点任务清单") == ["jewellery-and-jade"]
    assert document_unlisted("和田地区2026年和田玉产业发展重点任务清单", lex) == []
    # (大芸, cistanche, unlisted: 红枣 joined the taxonomy in batch 1576)
    assert document_unlisted("和田地区2026年和田大芸产业发展重点任务清单", lex) == ["和田大芸"]
    assert document_unlisted("做强文创和石雕产业。", lex) == ["文创", "石雕"]


def test_kinds_and_verbs_found_in_batches_1112_to_1140() -> None:
    """An industry kept steady (稳定槟榔产业, batch 1112) is named without the verb; pickles
    (泡菜, 1113) are food made, the radishes grown for them vegetables — not the mustard tuber
    bought for 榨菜 (青菜头, the corpus's 涪陵); biological fermentation (1115) is
    biomanufacturing."""
    from ingest.nlp.industries import document_unlisted
    from ingest.nlp.lexicons import load_lexicons

    assert document_unlisted("一、稳定槟榔产业。", load_lexicons()) == ["槟榔"]
    assert set(industries("建设青菜、萝卜等泡菜原料标准化基地20万亩。")) == {
        "vegetables",
        "food-processing",
    }
    assert industries("收购青菜头30万吨。") == []
    assert industries("发展生物发酵产业。") == ["biomanufacturing"]
    # (ramie summer cloth, batch 1134, a textile; medical protective goods and materials,
    # 1133, medical devices)
    assert industries("夏布产业产值突破15亿元。") == ["textiles-and-apparel"]
    assert set(industries("医用防护用品、高端卫材产品占比提高到55%。")) == {"medical-devices"}
    # (plums, batch 1136, a fruit; terrace red rice, 1135, a rice — not a Redmi phone)
    assert industries("梅子种植面积稳定在20万亩，梅果加工产值突破12亿元。") == ["fruit", "fruit"]
    assert industries("红米产量达到4万吨。") == ["rice"]
    assert industries("采购红米手机100台。") == []
    # (a pear orchard, batch 1140, a fruit's — not the opera's 梨园)
    assert industries("实施老梨园改造2万亩。") == ["fruit"]
    assert industries("传承梨园戏。") == []


def test_an_industry_named_by_a_numbered_heading_and_a_space() -> None:
    """1 芦苇产业 (batch 1149: decimal headings, the number parted from the words by a space)
    names the reeds, as 1.芦苇产业 does."""
    from ingest.nlp.industries import document_unlisted
    from ingest.nlp.lexicons import load_lexicons

    text = "某县2026年工作要点\n1 芦苇产业\n1.1 芦苇种植面积稳定在8万亩。\n"
    assert document_unlisted(text, load_lexicons()) == ["芦苇"]


def test_a_quarter_opens_an_industrys_name_an_items_number_does_not() -> None:
    """一季度彩灯产业实现产值 (batch 1150) names the lanterns, the quarter opening the name as a
    verb does (一季度彩灯 had been named); an item's bracketed number opens none, verbs
    following it (（三）夯实产业发展要素: tried, it named 夯实)."""
    from ingest.nlp.industries import document_unlisted
    from ingest.nlp.lexicons import load_lexicons

    text = "二、重点产业运行情况\n（一）彩灯产业。一季度彩灯产业实现产值28.6亿元。\n"
    assert document_unlisted(text, load_lexicons()) == ["彩灯"]
    assert document_unlisted("（三）夯实产业发展要素\n", load_lexicons()) == []


def test_equipment_brought_in_and_medicine_for_health_are_no_industries_and_kinds_named() -> None:
    """Equipment brought in for a workshop (引进…等智能装备, batch 1074) is bought, no equipment
    industry — the firms that make it, brought in, are one; Mongolian medicine for health
    (蒙医药健康旅游, batch 1076) is no pharmaceuticals' 医药健康. Kinds named nothing or as
    written: knitwear (毛织, batch 1079) is a textile, torreya nuts (香榧, 1080) fruit, bean
    vermicelli (粉丝产业, 1083) food made."""
    assert industries("支持企业引进数控雕刻、自动喷漆等智能装备。") == []
    assert industries("引进高端装备制造企业10家。") == ["equipment-manufacturing"]
    assert industries("发展蒙医药健康旅游。") == ["traditional-chinese-medicine", "tourism"]
    assert industries("发展医药健康产业。") == ["pharmaceuticals"]
    assert industries("毛织产业产值达到380亿元。") == ["textiles-and-apparel"]
    assert industries("全市香榧投产面积达到12万亩。") == ["fruit"]
    assert industries("粉丝产业产值突破50亿元。") == ["food-processing"]
    # (lithium tools, batch 1089, are power tools, no new energy; hygiene materials and
    # consumables for medicine, 1087, medical devices; asparagus, 1090, a vegetable)
    assert industries("锂电工具占比提高到60%。") == []
    assert industries("建设医用卫生材料产业园，引进高值耗材企业5家。") == ["medical-devices"] * 2
    assert industries("芦笋种植面积稳定在12万亩。") == ["vegetables"]
    # (food and drink, batch 1100, one sector as plans write it: food processing)
    assert industries("上半年食品饮料产业实现营业收入92亿元。") == ["food-processing"]


def test_a_base_of_the_worlds_rank_is_built_for_the_industry_it_names() -> None:
    """A world-class base (建设世界级钒钛产业基地, batch 809) is built for the industry, as a
    national one is, not a base's name."""
    from ingest.nlp.pipeline import process

    doc = process(get_pipeline(), "建设世界级钒钛产业基地。", {"unlisted_names": ["钒钛"]})
    assert [s.kb_id_ for s in doc.spans["industries"]] == ["钒钛"]


def test_a_testing_centre_for_an_industrys_farm_produce_is_built_for_both() -> None:
    """A centre testing the produce of a kind (建设国家富硒农产品质量检验检测中心, batch 814) is
    built for it and is testing and certification, as one for its products is (玉雕产品质量)."""
    from ingest.nlp.pipeline import process

    text = "建设国家富硒农产品质量检验检测中心分中心1个。"
    doc = process(get_pipeline(), text, {"unlisted_names": ["富硒"]})
    assert [s.kb_id_ for s in doc.spans["industries"]] == ["富硒", "testing-and-certification"]


def test_a_one_character_name_coordinated_is_named_again_where_coordinated_again() -> None:
    """Pumps named with motors (泵与电机产业, batch 804) are named again where the pair is
    (泵与电机出口额) — not inside other words (泵站): one character alone is too short to trust."""
    from ingest.nlp.industries import document_unlisted
    from ingest.nlp.lexicons import load_lexicons
    from ingest.nlp.pipeline import process

    assert sorted(document_unlisted("发展泵与电机产业。", load_lexicons())) == ["泵", "电机"]
    text = "泵与电机出口额增长10%，新建泵站3座。"
    doc = process(get_pipeline(), text, {"unlisted_names": ["泵", "电机"]})
    assert [s.kb_id_ for s in doc.spans["industries"]] == ["泵", "电机"]


def test_a_crop_grown_for_processing_is_named_again_by_its_products() -> None:
    """Processing tomatoes named an industry (加工番茄产业, batch 931) are named again where the
    tomatoes' products are (番茄酱, 番茄红素, 番茄制品) — the crop is what is processed — but
    not by the crop in another word's service (番茄 alone, unprocessed, is no product)."""
    from ingest.nlp.industries import document_unlisted
    from ingest.nlp.lexicons import load_lexicons
    from ingest.nlp.pipeline import process

    assert document_unlisted("推动加工番茄产业提质增效。", load_lexicons()) == ["加工番茄"]
    text = "支持番茄酱生产企业扩产，新上番茄红素生产线2条，番茄制品出口额增长8%，番茄采摘节。"
    doc = process(get_pipeline(), text, {"unlisted_names": ["加工番茄"]})
    assert [s.text for s in doc.spans["industries"]] == ["番茄", "番茄", "番茄"]
    assert {s.kb_id_ for s in doc.spans["industries"]} == {"加工番茄"}


def test_an_unlisted_name_is_named_again_where_a_straddling_term_was_matched() -> None:
    """Elevators named an industry (电梯产业, batch 939) are named again in the testing centre
    built for them with 国家 before them: the 家电 across 国家|电梯 straddles two words and
    is no match to give way to."""
    from ingest.nlp.pipeline import process

    text = "建设国家电梯质量检验检测中心分中心1个。"
    doc = process(get_pipeline(), text, {"unlisted_names": ["电梯"]})
    assert [s.kb_id_ for s in doc.spans["industries"]] == ["电梯", "testing-and-certification"]


def test_an_unlisted_name_is_named_again_by_its_market_towns_trade() -> None:
    """Eyewear named an industry (眼镜产业, batch 954) is named again where its market town's
    trade is measured (眼镜城年交易额: the goods traded there) — not by the town improved."""
    from ingest.nlp.pipeline import process

    text = "推进中国丹阳眼镜城改造提升，眼镜城年交易额增长10%。"
    doc = process(get_pipeline(), text, {"unlisted_names": ["眼镜"]})
    assert [s.start_char for s in doc.spans["industries"]] == [text.rindex("眼镜")]


def test_an_unlisted_name_put_to_use_is_not_named_again() -> None:
    """Elevators installed in old housing, connected to a network or watched from afar
    (batch 939) are put to use, as a listed industry's equipment is: no trade named — nor is
    the internet of things watching them."""
    from ingest.nlp.pipeline import process

    text = (
        "推动老旧小区加装电梯300台。开展电梯物联网远程监测试点，接入电梯5000台。电梯出口额增长10%。"
    )
    doc = process(get_pipeline(), text, {"unlisted_names": ["电梯"]})
    assert [s.text for s in doc.spans["industries"]] == ["电梯"]
    assert doc.spans["industries"][0].start_char == text.rindex("电梯")


def test_an_unlisted_name_running_into_a_listed_term_names_both() -> None:
    """Once the title's 虾稻产业 has made 虾稻 an industry (batch 565), 虾稻米 — rice of 虾稻
    farming — names it and 稻米, the term that begins inside it."""
    from ingest.nlp.pipeline import process

    doc = process(get_pipeline(), "举办虾稻米推介会3场。", {"unlisted_names": ["虾稻"]})
    assert [s.kb_id_ for s in doc.spans["industries"]] == ["虾稻", "rice"]


def test_a_festival_of_tourism_and_culture_is_cultural_tourism() -> None:
    """举办桃花旅游文化节 holds an event of tourism and culture (batch 101), as a 文化旅游节 is."""
    assert industries("举办桃花旅游文化节，接待节庆游客50万人次以上。") == ["cultural-tourism"]


def test_a_research_institute_built_for_an_industry_addresses_it() -> None:
    """As a base or a centre built for it does (batch 102: 建设马铃薯产业技术研究院); a named
    institute that is no building of the measure names none."""
    from ingest.nlp.pipeline import process

    def found(text: str) -> list[str]:
        doc = process(get_pipeline(), text, {"unlisted_names": ["马铃薯"]})
        return [s.kb_id_ for s in doc.spans["industries"]]

    assert found("建设马铃薯产业技术研究院，引进培育科技人才50人。") == ["马铃薯"]
    assert found("建设花卉研究院。") == ["floriculture"]
    assert found("依托市花卉研究院开展育种。") == []


def test_a_facility_of_an_industry_opening_its_cell_bare_addresses_it() -> None:
    """辣椒加工园区入园企业达到60家 opening a table's cell, no place's name before it: the
    processing park is the industry's, no name (batch 253's row 19); a kind of centre with
    no work of the industry between names none (工业设计中心, the samples' 青州)."""
    from ingest.nlp.pipeline import process

    def found(text: str) -> list[str]:
        doc = process(get_pipeline(), text, {"unlisted_names": ["辣椒"]})
        return [s.kb_id_ for s in doc.spans["industries"]]

    assert found("19\t建设加工园区\t辣椒加工园区入园企业达到60家") == ["辣椒"]
    assert found("依托遵义辣椒加工园区开展招商。") == []
    # … or one a verb serves (batch 256: 选派科技特派员服务花木种植基地)
    assert industries("选派科技特派员100名服务花木种植基地。") == ["floriculture"]
    assert industries("到2025年，工业设计中心达到8家。") == []
    # … or a base breeding its seed, opening its clause or bettered (found writing batch 639,
    # session 61: the rice of 水稻良种繁育基地 was lost)
    assert industries("水稻良种繁育基地面积稳定在3万亩以上。") == ["rice"]
    assert industries("改造提升水稻良种繁育基地1万亩。") == ["rice"]
    assert industries("依托宁河水稻良种繁育基地开展示范。") == []
    # … or the herbs grown under the forest (found writing batch 644, session 61)
    assert industries("新建林下中药材种植基地3000亩。") == ["traditional-chinese-medicine"]


def test_a_facility_for_an_industrys_goods_is_built_for_both() -> None:
    """建设管道装备检测认证中心 builds for 管道装备 and 检测认证; so 建设水产品冷链物流中心 for
    fishery's goods and cold-chain logistics (batch 103)."""
    assert industries("建设水产品冷链物流中心3个。") == ["fisheries", "cold-chain-logistics"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("举办帆船、帆板等国际赛事5场以上。", ["sports"]),
        ("举办黄河马拉松赛事3场。", ["sports"]),
        # (the people's fitness events are sport's: batch 379's 全民健身赛事活动)
        ("每年举办县级以上全民健身赛事活动20项以上。", ["sports"]),
        # a contest of another kind, or a kind's own events, are no sport's
        ("举办创新创业赛事10场。", []),
        ("做强电竞产业，举办电竞赛事20场次。", ["电竞"]),
        # (ice and snow's events are the ice and snow economy's, as the corpus's 长白山 gold
        # has them — batch 218: they named nothing, and its equipment 装备制造)
        ("举办国际冰雪赛事5场。", ["ice-and-snow-economy"]),
        ("举办高山滑雪、越野滑雪等国际冰雪赛事20项。", ["ice-and-snow-economy"]),
        ("引进冰雪装备制造企业10家。", ["ice-and-snow-economy"]),
        # (an event held is no industry's name)
        ("举办电竞产业峰会。", []),
        ("承办各类赛事活动30场。", []),
    ],
)
def test_events_held_are_sports_when_their_phrase_names_a_sport(
    text: str, expected: list[str]
) -> None:
    assert industries(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # halal food is food; forage grown and processed for the herds is husbandry's
        ("拓展清真食品市场。", ["food-processing"]),
        ("种植青贮玉米10万亩，建设饲草料加工厂3个。", ["animal-husbandry", "animal-husbandry"]),
        # a loan product in quotes names what it lends to, as a fund does; a programme does not
        ("鼓励金融机构开发“肉牛贷”产品。", ["animal-husbandry"]),
        ("推广“科创贷”产品。", []),
    ],
)
def test_halal_food_forage_and_loans_named_for_livestock(text: str, expected: list[str]) -> None:
    assert industries(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # skills listed for training are no industries; the goods they are skills in are
        ("开展中药材种植、加工、检验检测等职业技能培训。", ["traditional-chinese-medicine"]),
        ("开展电子商务、直播带货等技能培训。", []),
        # … the last of them a skill in an industry's work (batch 512)
        ("开展灯饰设计、电商运营等技能培训3000人次。", ["lighting"]),
        ("建设检验检测中心2个。", ["testing-and-certification"]),
    ],
)
def test_skills_listed_for_training_are_no_industries(text: str, expected: list[str]) -> None:
    assert industries(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fishing ports and pearl-mussel farming are fisheries'
        ("建设渔港经济区，推进渔港升级改造。", ["fisheries", "fisheries"]),
        ("建设珍珠蚌生态养殖示范基地5个。", ["fisheries"]),
        ("发展淡水养殖。", ["fisheries"]),
    ],
)
def test_fishing_ports_and_freshwater_farming_are_fisheries(text: str, expected: list[str]) -> None:
    assert industries(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # small household appliances are appliances, and a centre built for them serves both
        ("建设小家电工业设计中心3个。", ["smart-home-appliances", "industrial-design"]),
        # what is done is no part of an industry's name
        ("落实箱包产业扶持政策。", []),
        # nor force put behind it, as a heading exhorts (batch 655: 聚力 was an industry)
        ("聚力产业升级。", []),
        ("着力产业转型，助力产业发展。", []),
    ],
)
def test_small_appliances_and_verbs_before_an_unlisted_industry(
    text: str, expected: list[str]
) -> None:
    assert industries(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aviation engines and equipment are aerospace's (batch 161: 航空动力 was read as an
        # industry the taxonomy lacks)
        ("壮大航空动力产业，加快中小航空发动机产业链建设。", ["aerospace"]),
        # (航空装备 is the longer name where it overlaps 装备制造)
        ("发展航空装备制造，培育航空制造企业。", ["aerospace"]),
        # general aviation stays the low-altitude economy's
        ("发展通用航空，建设通用机场。", ["low-altitude-economy"]),
    ],
)
def test_aviation_engines_and_equipment_are_aerospace(text: str, expected: list[str]) -> None:
    assert sorted(set(industries(text))) == sorted(expected)


def test_red_wine_is_wine() -> None:
    """红酒 is 葡萄酒 (batch 162: read as an industry the taxonomy lacks); beer named beside it
    as an industry is one of its own."""
    assert sorted(set(industries("红酒、啤酒产业加快发展。"))) == ["wine", "啤酒"]


def test_a_project_named_by_its_capacity_names_the_industry_of_its_product() -> None:
    """年产5万吨锂电池负极材料项目 is for new energy, as the corpus's 海东 gold has it, though it
    is a project mention; a company's name says its trade, not what the measure addresses,
    and an enumerated project's name neither."""
    assert industries("1.年产5万吨锂电池负极材料项目。建设锂电池负极材料生产线。") == [
        "new-energy",
        "new-energy",
    ]
    assert industries("支持浙江恒达新材料股份有限公司建设包装纸项目。") == []
    assert industries("抓好润龙风电、宇信光机等项目建设。") == []


@pytest.mark.parametrize("fruit", ["柠檬", "火龙果", "百香果", "菠萝", "李子", "桑葚"])
def test_more_fruits_are_fruit(fruit: str) -> None:
    """Fruits grown in the south and west are 果品, as 芒果 and 荔枝 are; before, they were
    industries the taxonomy lacked, and 百香果 (its first character a numeral) none at all."""
    assert industries(f"做大做强{fruit}产业，扩大{fruit}种植面积。") == ["fruit", "fruit"]


def test_hawthorn_among_herbs_is_no_fruit() -> None:
    """山楂 is a fruit and a medicinal herb (the samples' 抓好青州山楂、全蝎等药材保护和利用): it is
    left to its context, not made fruit."""
    assert "fruit" not in industries("抓好青州山楂、全蝎等药材保护和利用。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bamboo and wood worked together (竹木加工) are both industries
        ("关于支持竹木加工企业发展的建议", ["bamboo", "wood-products"]),
        ("培育竹木制品产业集群。", ["bamboo", "wood-products"]),
        # a broad sector a title's verb develops, before 的 and the document's kind
        ("关于发展全域旅游的建议", ["tourism"]),
        ("5\t关于发展全域旅游的建议\t张丽华\t市文化旅游广电体育局", ["tourism"]),
        ("关于加快发展现代农业的实施意见", ["modern-agriculture"]),
        # … but not one modifying what follows 的
        ("发展旅游的人才队伍建设。", []),
        # a park's next phase of works (二期基础设施建设) is built for the park's industry
        ("研究兴平食品工业园区二期基础设施建设有关事宜。", ["food-processing"]),
    ],
)
def test_titles_of_suggestions_and_a_park_s_next_phase(text: str, expected: list[str]) -> None:
    """Batch 171's suggestions (竹木加工; 发展全域旅游的建议) and batch 170's park (食品工业园区二期
    基础设施建设): none of them named an industry."""
    assert sorted(industries(text)) == expected


def test_copper_is_a_non_ferrous_metal_as_aluminium_is() -> None:
    """铜产业 was an industry the taxonomy lacked while 铝产业 was 有色金属."""
    assert industries("大力发展铜产业，做强铜精深加工。") == [
        "non-ferrous-metals",
        "non-ferrous-metals",
    ]


def test_a_crop_the_document_names_an_industry_keeps_its_processing() -> None:
    # (the corpus's 德惠: 玉米产业 named, 发展玉米精深加工 is the crop's alone)
    text = "发展玉米精深加工，建设粮油加工园区。"
    assert [text[a:b] for a, b in crops_processed(text, ())] == ["玉米精深加工", "粮油加工"]
    assert [text[a:b] for a, b in crops_processed(text, ("玉米",))] == ["粮油加工"]


def test_software_by_the_statistics_name() -> None:
    """软件和信息技术服务业, the statistics' own name for it, is software (batch 223: named
    nothing)."""
    assert industries("软件和信息技术服务业营业收入达到80亿元。") == ["software"]


def test_intelligent_connected_new_energy_vehicles_are_both() -> None:
    """智能网联新能源汽车 names both kinds, as 新能源和智能网联汽车 does (batch 225: it named
    新能源汽车 alone; noticed in session 33)."""
    for text in ("壮大智能网联新能源汽车产业。", "新能源智能网联汽车产量达到30万辆。"):
        assert sorted(set(industries(text))) == [
            "intelligent-connected-vehicles",
            "new-energy-vehicles",
        ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # batch 226: grapes grown for wine were fruit (the corpus's 贺兰 has 酿酒葡萄 wine's),
        # electrolytic aluminium named nothing
        ("酿酒葡萄种植面积稳定在12万亩。", ["wine"]),
        ("推进电解铝下游精深加工。", ["non-ferrous-metals"]),
        ("发展葡萄种植。", ["fruit"]),
    ],
)
def test_wine_grapes_and_electrolytic_aluminium(text: str, expected: list[str]) -> None:
    assert sorted(set(industries(text))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # found probing: deer and camels farmed named no industry (梅花鹿养殖, Jilin's sika
        # deer; 双峰驼, Inner Mongolia's and Xinjiang's camels); places named with 鹿 are none
        ("发展梅花鹿养殖，鹿产品加工产值达到5亿元。", ["animal-husbandry"]),
        ("发展双峰驼养殖。", ["animal-husbandry"]),
        # (bees kept too: 中蜂养殖)
        ("发展中蜂养殖。", ["animal-husbandry"]),
        ("推进鹿邑县建设。", []),
    ],
)
def test_deer_and_camels_farmed_are_husbandry(text: str, expected: list[str]) -> None:
    assert sorted(set(industries(text))) == expected


def test_forest_wellness_bases_are_health_and_care() -> None:
    """森林康养 is a kind of 康养 (batch 228: 打造森林康养基地3个 named nothing, 森林 standing
    between the verb and the facility's industry; the corpus's 长白山 gold)."""
    assert industries("打造森林康养基地3个。") == ["health-and-elderly-care"]


def test_genuine_regional_herbs_are_chinese_medicine() -> None:
    """道地药材, herbs of the place they are known for, are traditional Chinese medicine
    (batch 230: a heading building their bases named nothing)."""
    assert industries("建设道地药材种植基地。") == ["traditional-chinese-medicine"]


def test_an_industry_after_a_list_closed_by_deng_in_a_base_built() -> None:
    """A base built for what closes a list of its kinds (新建亳芍、亳菊等道地药材…基地, batch
    230) is for that industry, as a base built for the list's last item is."""
    assert industries("新建祁山药、祁紫菀等道地药材标准化种植基地20个。") == [
        "traditional-chinese-medicine"
    ]
    assert industries("新建亳芍等中药材种植基地3万亩。") == ["traditional-chinese-medicine"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # batch 234: cotton grown named nothing, nor in a heading with fruit
        ("棉花种植面积稳定在105万亩。", ["cotton"]),
        ("做优棉花和林果产业。", ["cotton", "fruit"]),
        # (long-staple cotton, which the corpus's 阿瓦提 named as written, is cotton)
        ("推动长绒棉产业高质量发展。", ["cotton"]),
        # (spun, it is textiles)
        ("发展棉纺产业。", ["textiles-and-apparel"]),
    ],
)
def test_cotton_grown(text: str, expected: list[str]) -> None:
    assert sorted(set(industries(text))) == expected


def test_the_events_economy_is_sports() -> None:
    """赛事经济, the economy of sports events, is sports (found probing: it named nothing,
    though 赛事 alone names sports)."""
    assert sorted(set(industries("发展会展经济和赛事经济。"))) == ["exhibitions", "sports"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # batch 235: goat milk processed named nothing (its products, 羊乳制品, named food)
        ("羊乳加工能力达到每日3000吨。", ["food-processing"]),
        # (found probing: the dairy industry, 乳业, named an unlisted 乳业; camel milk too)
        ("做强乳业。", ["food-processing"]),
        ("发展驼乳产业。", ["food-processing"]),
        # (dairy goats reared are livestock)
        ("发展奶山羊养殖。", ["animal-husbandry"]),
    ],
)
def test_milk_processed_is_food(text: str, expected: list[str]) -> None:
    assert sorted(set(industries(text))) == expected


def test_bamboo_fungus_is_an_edible_fungus() -> None:
    """竹荪 (bamboo fungus, Guizhou's) is an edible fungus (batch 236: an unlisted 竹荪)."""
    assert set(industries("扩大竹荪种植规模，竹荪种植面积稳定在6万亩。")) == {"edible-fungi"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # batch 238: a kind of fruit named by its head before its yield or a base of it
        # built in a manner (绿橙, green oranges) named nothing
        ("绿橙产量达到1.5万吨。", ["fruit"]),
        ("新建绿橙标准化种植基地3000亩。", ["fruit"]),
        # (southern medicinal herbs, 南药, are Chinese medicine)
        ("发展益智、沉香等南药种植2万亩。", ["traditional-chinese-medicine"]),
        # (natural rubber grown is natural rubber, as the corpus's 西双版纳 names it; tyres
        # are another industry)
        ("全县天然橡胶种植面积稳定在60万亩。", ["natural-rubber"]),
        ("发展橡胶轮胎产业。", ["rubber-and-tyres"]),
    ],
)
def test_kinds_of_fruit_southern_herbs_and_natural_rubber(text: str, expected: list[str]) -> None:
    assert sorted(set(industries(text))) == expected


def test_a_yield_of_meat_names_no_food_processing() -> None:
    """牦牛肉产量 is the herds' output (the corpus's 玉树 gives it no 食品加工), though a
    fruit's yield names fruit (batch 238)."""
    assert "food-processing" not in industries("牦牛存栏稳定在280万头，牦牛肉产量达到3.2万吨。")


def test_desert_herbs_are_chinese_medicine() -> None:
    """肉苁蓉 and 锁阳, herbs grown in the desert (Inner Mongolia's, Xinjiang's), are Chinese
    medicine (found probing: named nothing)."""
    assert set(industries("肉苁蓉接种面积达到120万亩，发展锁阳种植。")) == {
        "traditional-chinese-medicine"
    }


def test_dairy_firms_and_their_goods_are_food() -> None:
    """乳企, 液态奶, 奶酪, 乳粉 and 奶粉 are dairy processing's (batch 244: 支持乳企新上液态奶、奶酪
    生产线 named nothing)."""
    assert set(industries("支持乳企新上液态奶、奶酪生产线4条。")) == {"food-processing"}
    assert set(industries("婴幼儿奶粉产量增长10%。")) == {"food-processing"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # batch 246: high-performance fibres and advanced metals are new materials by the
        # national catalogue's classes (高性能纤维及复合材料, 先进金属材料); the heading
        # 壮大高性能纤维材料 named nothing
        ("壮大高性能纤维材料，2026年高性能纤维产量达到3万吨。", ["new-materials"]),
        ("发展先进金属材料。", ["new-materials"]),
        # (aluminium products processed are non-ferrous metals too)
        (
            "推动铝基新材料企业技术改造，铝材精深加工率不低于60%。",
            ["new-materials", "non-ferrous-metals"],
        ),
    ],
)
def test_high_performance_fibres_and_advanced_metals_are_new_materials(
    text: str, expected: list[str]
) -> None:
    assert sorted(set(industries(text))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # batch 248: e-commerce platforms inspected with other venues are market supervision,
        # no e-commerce developed
        ("开展“净市”行动，联合检查批发市场、商超和电商平台2000家次以上。", []),
        ("培育本地电商平台3个。", ["ecommerce"]),
    ],
)
def test_platforms_inspected_name_no_e_commerce(text: str, expected: list[str]) -> None:
    assert industries(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # batch 257: firms' own research and design is no science-and-technology services
        ("加强研发设计。支持企业建设研发中心。", []),
        # … the services sold are
        ("培育研发设计服务企业10家。", ["science-and-technology-services"]),
    ],
)
def test_firms_own_research_and_design_is_no_services_industry(
    text: str, expected: list[str]
) -> None:
    assert sorted(set(industries(text))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name opening with 大 right after a word closing with it is none (session 41)
        ("加大数据开放共享力度。", []),
        ("扩大健康消费。", []),
        ("加大健康宣传力度。", []),
        ("加大米面油储备。", []),
        ("重大数据安全事件应急处置。", []),
        ("壮大健康服务业。", ["health-and-elderly-care"]),
        ("做大数据产业。", ["big-data"]),
        # … but 做大做强 makes strong what follows
        ("做大做强大数据产业。", ["big-data"]),
        ("做大做强大米产业。", ["rice"]),
        ("加大豆制品研发力度。", ["food-processing"]),
    ],
)
def test_a_name_opening_with_da_after_a_word_closing_with_it(
    text: str, expected: list[str]
) -> None:
    assert industries(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("发展养老服务产业。", ["elderly-care"]),
        ("发展健康服务产业。", ["health-and-elderly-care"]),
        ("发展物流服务产业。", ["logistics"]),
        ("提升养老服务水平。", []),
    ],
)
def test_service_industries_developed_under_their_service_names(
    text: str, expected: list[str]
) -> None:
    """Found by probing the genre's industry names (session 41): 养老服务产业 and the like
    named none (服务 opens no unlisted industry's name)."""
    assert industries(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "发展实体产业。",
        "推动低碳产业发展。",
        "发展民营产业。",
        "壮大村级集体产业。",
        "发展飞地产业。",
        "发展高载能产业。",
        "发展非煤产业。",
    ],
)
def test_a_class_of_industries_is_no_industry(text: str) -> None:
    """Industries named by what they are like, who owns them or where they are (实体, 民营,
    飞地 …) are a class, not one the taxonomy lacks (found by probing, session 41)."""
    assert industries(text) == []


def test_an_industry_the_taxonomy_lacks_is_still_one() -> None:
    assert industries("发展轴承产业。") == ["轴承"]


def test_processing_named_after_an_industry_is_no_industry_of_its_own() -> None:
    """钢铁及深加工产业 (batch 620): steel and the processing of it — 深加工 no industry the
    taxonomy lacks; a thing's processing named is one (石雕加工产业; 玉石加工产业 was, until jade
    joined the taxonomy in session 82)."""
    assert industries("全市钢铁及深加工产业营业收入达到2600亿元。") == ["steel"]
    assert industries("壮大钢铁及精深加工产业。") == ["steel"]
    assert industries("发展石雕加工产业。") == ["石雕加工"]
    assert industries("发展玉石加工产业。") == ["jewellery-and-jade"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("负责教育、卫生健康、文化旅游、体育、民政等方面工作。", []),
        ("分管文化旅游方面的工作。", []),
        ("负责工业、商务等方面工作。牵头推进医药健康产业发展。", ["pharmaceuticals"]),
        ("负责文化旅游产业发展。", ["cultural-tourism"]),
    ],
)
def test_a_leaders_fields_of_work_are_no_industries(text: str, expected: list[str]) -> None:
    """A division of work among leaders (batch 293): the fields a leader is in charge of
    (负责…等方面工作) are areas of administration; an industry named as such still counts."""
    assert industries(text) == expected


@pytest.mark.parametrize(
    "text", ["重点抓好梅花鹿产业发展。", "发展鹿产业。", "扩大梅花鹿养殖规模。"]
)
def test_deer_farmed_are_animal_husbandry(text: str) -> None:
    """Deer farmed for antler (梅花鹿, Jilin's 鹿业) are livestock, as the taxonomy's are."""
    assert industries(text) == ["animal-husbandry"]


def test_unlisted_industries_before_a_listed_one_too_long_for_a_stem() -> None:
    """An east-west cooperation agreement (batch 296): 青稞酒酿造 stood before 牦牛肉精深加工,
    a listed item of seven characters, and was lost; the making of a liquor names the liquor."""
    assert industries("重点发展青稞酒酿造、牦牛肉精深加工和中藏药产业。") == [
        "青稞酒",
        "animal-husbandry",
        "food-processing",
        # (Chinese and Tibetan medicine: the taxonomy's since batch 698)
        "traditional-chinese-medicine",
    ]
    assert industries("发展黄酒酿造产业。") == ["黄酒"]
    # (baijiu's making is baijiu's, the taxonomy's since batch 829)
    assert industries("发展白酒酿造产业。") == ["baijiu"]


def test_vaccines_a_campaign_handles_and_their_cold_chain_are_no_industries() -> None:
    """A spring vaccination plan (batch 425): the vet station's vaccines stored and sent out,
    and the cold chain they are kept in, are the campaign's means; vaccines made are still
    biomedicine and a cold chain built for goods still cold-chain logistics."""
    assert industries("县畜牧兽医站负责疫苗的调拨、储存和发放，做好冷链管理。") == []
    assert industries("支持疫苗研发生产。") == ["biomedicine"]
    assert industries("大力发展冷链物流。") == ["cold-chain-logistics"]


def test_a_designation_a_policy_rewards_names_its_industry() -> None:
    """Night-time economy measures (batch 427): a designation the policy rewards winning
    (对新获评…的，给予…) is the industry's; an honour won (荣获…) names the award only."""
    text = "对新获评市级夜间经济示范街区的，给予运营主体30万元奖励。"
    assert industries(text) == ["night-time-economy"]
    assert industries("荣获全国畜牧业统计监测工作综合评估优秀县。") == []


def test_an_affordable_public_service_developed_is_no_industry() -> None:
    """A child-friendly city's tasks (batch 431): 发展普惠托育服务 develops a public service (the
    corpus's 黄岩: childcare as a public service names none); 发展托育产业 is the industry."""
    assert industries("发展普惠托育服务。新增普惠托位800个。") == []
    assert industries("大力发展托育产业。") == ["childcare"]


def test_a_cold_chain_centre_for_farm_goods_and_vegetables_stocked() -> None:
    """A cooperative's points (batch 436) and a winter vegetable supply plan (batch 434): a
    cold-chain centre built for farm goods is cold-chain logistics; vegetables stocked as a
    reserve or sold cheap to consumers are supplies (the corpus's grain reserves name none),
    while a reserve of projects still names their industry."""
    assert industries("新建县级农产品冷链物流中心1个。") == ["cold-chain-logistics"]
    text = "落实蔬菜储备。储备白菜、土豆、萝卜等耐储蔬菜。设立平价蔬菜销售网点150个。"
    assert industries(text) == []
    assert industries("谋划储备一批新能源项目。") == ["new-energy"]
    assert industries("全市设施蔬菜播种面积稳定在5万亩以上。") == ["vegetables"]


def test_a_buildings_wiring_is_no_electrical_industry() -> None:
    """A relics safety campaign (batch 439): 古建筑电气线路 is the wiring inspected, no
    electrical-equipment industry."""
    assert industries("重点检查古建筑电气线路、消防设施配置和用火用电管理。") == []
    assert industries("做强智能电气产业。") == ["electrical-equipment"]


def test_equipment_bought_and_a_service_covering_all_name_no_industry() -> None:
    """Farm services (batch 441) and science commissioners (batch 442): drones bought for
    use (购置…无人机) and a service reaching every village (科技服务全覆盖) name no industry;
    the drone and the service industries developed still do."""
    assert industries("支持服务组织购置北斗导航植保无人机等智能农机装备。") == []
    assert industries("实现全县250个行政村科技服务全覆盖。") == []
    assert industries("发展无人机产业。") == ["low-altitude-economy"]
    assert industries("大力发展科技服务业。") == ["science-and-technology-services"]


def test_a_device_fitted_for_use_names_no_industry() -> None:
    """A typhoon plan (batch 1391): BeiDou terminals fitted to fishing boats (渔船北斗终端安装率,
    加装北斗终端) are devices put to use; the terminals made, or the firms of the trade brought
    in, are the industry's."""
    assert industries("渔船北斗终端安装率达到100%。") == []
    assert industries("为渔船加装北斗终端3000台。") == []
    assert industries("发展北斗终端制造产业。") == ["aerospace"]
    assert industries("引进北斗导航上下游企业50家以上。") == ["aerospace"]


def test_farms_under_an_inspection_name_no_industry() -> None:
    """Livestock manure (batch 466): farms an inspection or enforcement is carried out on
    (对畜禽养殖场（户）开展环境执法检查) are places inspected, as the corpus's 元阳 餐饮场所;
    farms supported, or livestock developed, still name animal husbandry."""
    assert industries("对畜禽养殖场（户）开展环境执法检查，依法查处粪污直排偷排行为。") == []
    assert industries("对规模养殖场开展安全生产检查。") == []
    assert set(industries("支持肉牛、肉羊养殖场收储加工秸秆。")) == {"animal-husbandry"}
    assert industries("对生猪养殖场给予贷款贴息。") == ["animal-husbandry"]
    # (a check of their goods' quality regulates the industry: the corpus's 阿瓦提)
    assert industries("对长绒棉收购加工企业开展质量监督检查2轮。") == ["cotton"]


def test_a_technology_put_to_a_use_names_no_industry() -> None:
    """Digital villages (batch 480): IoT monitoring put to use in orchards names no IoT
    industry; the crops of the areas where it is done still name theirs, and the IoT
    industry developed names IoT."""
    got = industries("在椪柑、茶叶主产区推广物联网监测、水肥一体化等技术。")
    assert "internet-of-things" not in got and "tea" in got
    assert industries("培育物联网产业。") == ["internet-of-things"]


def test_goods_traded_in_or_discarded_name_no_industry() -> None:
    """Consumer goods traded in (batch 482's 肥东): appliances traded in for new ones and waste
    batteries collected are consumption and scrap, no industry developed (as the corpus's 弥勒
    and 桐庐 hold); appliance makers grown, and battery recycling developed, still name theirs."""
    assert industries("全县完成家电以旧换新2.5万台（套）。") == []
    assert industries("全年发展家电以旧换新参与商户100家以上。") == []
    # (goods a consumer buys, the grades and kinds between: no industry's)
    assert (
        industries(
            "对个人消费者购买2级以上能效或水效标准的冰箱、洗衣机、空调等12类家电产品给予补贴。"
        )
        == []
    )
    assert industries("回收废旧电动自行车和锂电池，全年交售旧车6000辆以上。") == []
    assert industries("新增规上家电企业50家。") == ["smart-home-appliances"]
    assert industries("建设动力电池回收利用示范项目3个。") == ["new-energy"]
    # … or bought (batch 614: 带动家电消费 named appliances) — durable goods', not a service's:
    # 文旅消费 stays cultural tourism's, as the corpus reads it
    assert industries("深入推进家电以旧换新，全年带动家电消费50亿元。") == []
    assert industries("促进汽车消费。") == []
    assert industries("促进文旅消费。") == ["cultural-tourism"]


def test_a_place_s_product_in_quotes_names_it() -> None:
    """“五常大米” — a place and a product the taxonomy knows, closing the quote — names the
    product with no 品牌 after it (batch 613: 打击假冒“五常大米”违法行为 named nothing); quoted
    programmes and slogans still name none."""
    assert industries("严厉打击假冒“五常大米”违法行为。") == ["rice"]
    assert industries("提升“丽江冷水鱼”知名度。") == ["fisheries"]
    assert industries("推进“百企转型”。") == []
    assert industries("实施“菜篮子”工程。") == []
    # … and so does its festival or fair in quotes (batch 1272: 办好“临沧坚果节” named none)
    assert industries("办好“临沧坚果节”，组织企业参加农交会。") == ["fruit"]
    assert industries("举办“五常大米文化节”。") == ["rice"]
    assert industries("举办“临沧文化节”。") == []


def test_a_village_league_s_matches_are_sport() -> None:
    """Matches of a village league or of a tournament's kind are sporting events (batch 487:
    举办“村超”全国赛、邀请赛等各类赛事 named none), as 马拉松等体育赛事 are; contests of skills
    are not."""
    assert industries("举办“村超”全国赛、邀请赛等各类赛事300场以上。") == ["sports"]
    assert industries("举办县域篮球联赛等赛事20场。") == ["sports"]
    assert industries("举办职业技能大赛等赛事10场。") == []


def test_an_unlisted_industry_sharing_a_listed_one_s_word_is_named() -> None:
    """做强文创和食品产业 (batch 487): 文创 shares 食品's 产业, so 文创产业 — the taxonomy's
    文化创意 — is named with 食品加工, as 发展马铃薯和油菜产业 names both."""
    assert industries("做强文创和食品产业。") == ["cultural-creative", "food-processing"]
    assert industries("做强轴承和食品产业。") == ["轴承", "food-processing"]


def test_an_animal_disease_campaign_s_rates_name_no_industry() -> None:
    """Black pigs (batch 500): a rate of testing or vaccination on the farms (生猪规模养殖场非洲
    猪瘟检测覆盖率) is the campaign's, as the corpus's 临夏 holds; the pigs raised still name
    animal husbandry."""
    assert industries("生猪规模养殖场非洲猪瘟检测覆盖率达到100%。") == []
    assert industries("生猪出栏达到22万头。") == ["animal-husbandry"]


def test_a_brand_in_quotes_names_a_kind_by_its_head() -> None:
    """Tea (batch 501): a regional brand in quotes naming a place and a kind the taxonomy
    knows by its head (“墨脱茶”区域公用品牌) names the kind's industry, as a brand naming a
    listed term does (“横州茉莉花”); a programme in quotes names none."""
    assert industries("打造“墨脱茶”品牌。") == ["tea"]
    assert industries("“墨脱茶”区域公用品牌授权企业达到10家。") == ["tea"]
    assert industries("推行“链长制”。") == []


def test_a_facility_built_with_its_yearly_capacity_is_for_the_industry() -> None:
    """Beef cattle (batch 504): a plant built with its yearly capacity between the verb and the
    industry (建成年屠宰10万头肉牛加工厂) is built for it, as one built right after the verb is."""
    assert industries("建成年屠宰10万头肉牛加工厂1座。") == ["animal-husbandry", "food-processing"]
    assert industries("新建年加工5万吨茶叶加工厂2座。") == ["tea"]


def test_an_action_named_x_plus_in_quotes_names_x() -> None:
    """An “人工智能+” plan (batch 584): an action in quotes named for an industry applied to a
    field (“人工智能+制造”) names the industry, as the same words without quotes do; a
    programme in quotes names none."""
    assert industries("推进“人工智能+制造”。") == ["artificial-intelligence"]
    assert industries("推进“人工智能＋政务”。") == ["artificial-intelligence"]
    assert industries("推进人工智能+制造。") == ["artificial-intelligence"]
    assert industries("推进“新能源汽车下乡”活动。") == []
    # (a slogan naming a place to be made, in ../shared/seeds' 2024 plan: no industry of its own)
    assert industries("联合打造“元宇宙+研学旅游高地”。") == []


def test_a_joint_meeting_named_for_an_industry_addresses_none() -> None:
    """As a leading group or a task force named for an industry (batch 584): a joint meeting
    (建立区人工智能产业发展联席会议制度) is a body's name, no industry developed."""
    assert industries("建立区人工智能产业发展联席会议制度，统筹推进。") == []
    assert industries("建立花卉产业联席会议制度。") == []


def test_the_sellers_and_users_of_goods_inspected_name_no_industry() -> None:
    """A market regulator's work points (batch 585): the sellers and users of medical devices
    it inspects (医疗器械经营使用单位) are no industry developed; its makers grown are."""
    assert industries("开展医疗器械经营使用单位检查800家次。") == []
    assert industries("检查医疗器械使用单位500家。") == []
    assert industries("新增医疗器械生产企业5家。") == ["medical-devices"]


def test_ice_and_snow_equipment_and_consumption_are_the_ice_and_snow_economy() -> None:
    """An ice-and-snow plan (batch 587): its equipment made (冰雪装备制造业) is the ice-and-snow
    economy's, not equipment manufacturing beside it (the corpus's 延庆), and so is the
    consumption it stirs (冰雪消费券)."""
    assert industries("冰雪装备制造业产值年均增长20%以上。") == ["ice-and-snow-economy"]
    assert industries("发放冰雪消费券5000万元。") == ["ice-and-snow-economy"]
    assert industries("做强高端装备制造业。") == ["equipment-manufacturing"]


def test_the_items_of_a_list_of_chains_or_clusters_are_industries() -> None:
    """Investment sought for chains (batch 589): the items of a list closed by 等产业链 or
    等产业集群 are industries, one the taxonomy lacks (清洁能源装备) named as written."""
    assert industries("围绕清洁能源装备、先进材料、通用航空等产业链，开展招商。") == [
        "清洁能源装备",
        "new-materials",
        "low-altitude-economy",
    ]
    assert industries("围绕招商引资、项目建设等产业链工作。") == []


def test_the_items_of_a_list_of_trades_one_of_them_listed_are_industries() -> None:
    """Plants retrofitted trade by trade (batch 590): the items of a list closed by 等行业
    are industries where one of them is the taxonomy's (焦化 beside 钢铁 and 建材); a list of
    sectors none of which it lists (教育、卫生等行业) names none."""
    assert industries("实施钢铁、焦化、建材等行业节能降碳改造项目30个。") == [
        "steel",
        "焦化",
        "building-materials",
    ]
    assert industries("推动教育、卫生等行业数字化转型。") == []
    assert industries("加强餐饮、住宿等行业监管。") == []


def test_whole_vehicles_exported_are_the_automotive_industry() -> None:
    """As 汽车出口 (batch 592): whole vehicles exported (整车出口) are the automotive industry's."""
    assert industries("整车出口15万辆。") == ["auto-parts"]


def test_a_brand_in_quotes_first_of_a_class_of_brands_names_its_product() -> None:
    """County commerce (batch 597): a brand in quotes opening a class of brands (“宁都脐橙”等
    电商品牌) names its product, as one right before 品牌 does; a labour brand's (“容县家政”等
    劳务品牌: workers, the corpus's 容县) names none."""
    assert "fruit" in industries("打造“宁都脐橙”等电商品牌5个。")
    assert industries("围绕“容县沙田柚嫁接工”“容县家政”等劳务品牌，开展培训。") == []


def test_a_class_of_industries_may_say_where_they_grow() -> None:
    """油茶、竹木、中药材等林下特色产业 (found probing, session 58): the class's place (林下,
    农业 …) before 特色产业 closes the list as 等特色产业 does; 竹木, a joint term's stem,
    is bamboo and wood, as 竹木产业 is (it had been wood alone)."""
    assert industries("支持油茶、竹木、中药材等林下特色产业发展。") == [
        "oil-camellia",
        "wood-products",
        "bamboo",
        "traditional-chinese-medicine",
    ]
    assert industries("发展花椒、核桃等农业特色产业。") == ["花椒", "fruit"]
    assert industries("发展竹木产业。") == ["wood-products", "bamboo"]


def test_a_broad_sector_sharing_the_next_items_industry_is_one() -> None:
    """Projects of a list of industries writing 产业 once (batch 599): 加快机械制造、新材料产业
    项目建设 names machinery as well as new materials; a sector pushed to get better alone
    names none still."""
    assert industries("加快机械制造、新材料产业项目建设。") == ["machinery", "new-materials"]
    assert industries("推动机械制造企业转型升级。") == []


def test_the_tcm_health_industry_is_tcm() -> None:
    """中医药健康产业 (batch 599) is traditional Chinese medicine, one industry — not
    pharmaceuticals (医药健康, Sichuan's name for them) nor health care (健康产业) too."""
    assert industries("推进中医药健康产业项目。") == ["traditional-chinese-medicine"]
    assert industries("培育医药健康产业。") == ["pharmaceuticals"]


def test_industries_written_a_character_each_before_their_count() -> None:
    """Gansu's 牛羊菜果薯药六大特色产业 (found probing, session 58): each character is its
    industry — livestock, vegetables, fruit, potatoes (the taxonomy lacks them: as written,
    马铃薯), herbs — not one industry named 牛羊菜果薯药; a count alone closes such a list
    (菌果药畜四大产业)."""
    assert sorted(set(industries("做强牛羊菜果薯药六大特色产业。"))) == [
        "animal-husbandry",
        "fruit",
        "traditional-chinese-medicine",
        "vegetables",
        "马铃薯",
    ]
    assert sorted(set(industries("推进菌果药畜四大产业提质增效。"))) == [
        "animal-husbandry",
        "edible-fungi",
        "fruit",
        "traditional-chinese-medicine",
    ]


def test_a_broad_sector_listed_before_a_count_of_industries_is_one() -> None:
    """绿色化工、装备制造、新能源、新材料四大主导产业集群 (found probing, session 58): a
    broad sector listed before the count closing the list is an industry, as before
    等…产业 (化工、建材等传统产业); it had been left out."""
    assert industries("推动绿色化工、装备制造、新能源、新材料四大主导产业集群发展。") == [
        "chemicals",
        "equipment-manufacturing",
        "new-energy",
        "new-materials",
    ]


def test_the_items_of_a_list_closed_by_deng_chanye_are_industries() -> None:
    """汽车、电子、装备制造等产业 (found probing, session 58): the items of a list closed by
    等产业 are industries where one of them is the taxonomy's (汽车 as 汽车产业, 电子 as 电子
    产业); 电子等 had been named as an industry of its own. A list of sectors none of which it
    lists (教育、卫生等产业), or 等产业 naming workers, names none."""
    assert industries("推动汽车、电子、装备制造等产业数字化转型。") == [
        "auto-parts",
        "electronic-information",
        "equipment-manufacturing",
    ]
    assert industries("推动汽车、电子等产业数字化转型。") == [
        "auto-parts",
        "electronic-information",
    ]
    assert industries("发展教育、卫生等产业。") == []
    assert industries("培育汽车等产业工人队伍。") == []


def test_the_items_of_a_list_of_a_trade_s_brands_are_the_goods() -> None:
    """打造苹果、梨等电商品牌 (batch 602): the goods listed before a trade's brands are the
    industries the brands name (a brand names its product), not parts of the trade the list
    closes with, as 等生态环保产业's items are its parts."""
    assert industries("打造苹果、梨等电商品牌5个。") == ["fruit", "ecommerce"]
    assert industries("发展节能环保、资源循环利用等生态环保产业。") == [
        "eco-environmental-protection"
    ]


def test_citrus_named_by_its_kinds_is_fruit() -> None:
    """Guangdong's and Guangxi's citrus named by its kinds (batch 1267: 德庆贡柑, 四会沙糖桔
    were no industry): fruit growing, as 脐橙 and 柑橘 are."""
    assert industries("依托德庆贡柑、四会沙糖桔等特色农产品，建设原料基地。") == ["fruit", "fruit"]
    assert industries("发展沃柑、砂糖橘种植。") == ["fruit", "fruit"]


def test_a_head_naming_two_classes_keeps_the_items_of_the_other() -> None:
    """生猪、家禽、鱼虾等畜禽水产品 (batch 1267): the head names livestock and poultry (畜禽)
    before aquatic products (水产品), so the pigs and poultry are no parts of fisheries — they
    were dropped as items of a list closed by 水产品; a head of one class still takes its
    items (牦牛肉、青稞等农产品加工车间)."""
    assert industries("推进生猪、家禽、鱼虾等畜禽水产品定点屠宰加工。") == [
        "animal-husbandry",
        "animal-husbandry",
        "fisheries",
    ]
    assert industries("建设牦牛肉、青稞等农产品加工车间5万平方米。") == ["food-processing"]


def test_grass_and_livestock_is_animal_husbandry() -> None:
    """草畜产业 (batch 607: a workbook's category over its rows of sheep and forage), grass grown
    for the herds and the herds, is animal husbandry, as forage is (the corpus's 阿鲁科尔沁) —
    it had been named as written, an industry of its own."""
    assert industries("做强草畜产业。") == ["animal-husbandry"]


def test_an_unlisted_name_is_named_again_in_a_places_product_in_quotes() -> None:
    """Ginger named a special industry (batch 1009) is named again in the place's product in
    quotes (“莱芜生姜”), as a listed industry's product is (“五常大米”) — not in quoted words
    that only hold it (“生姜之乡”), which name a title, no goods."""
    from ingest.nlp.pipeline import process

    text = "组织“莱芜生姜”参加各类展销会15场次，争创“中国生姜之乡”。"
    doc = process(get_pipeline(), text, {"unlisted_names": ["生姜"]})
    assert [s.text for s in doc.spans["industries"]] == ["生姜"]
    assert {s.kb_id_ for s in doc.spans["industries"]} == {"生姜"}


def test_a_testing_centre_for_an_industrys_commercial_goods_is_built_for_both() -> None:
    """A centre testing commercial kitchenware (建设商用厨具检验检测中心1个, batch 1053) is built
    for the kitchenware and is testing, as one for daily-use ceramics is (日用陶瓷): 商用 is the
    goods' kind, not a name's word."""
    from ingest.nlp.pipeline import process

    doc = process(get_pipeline(), "建设商用厨具检验检测中心1个。", {"unlisted_names": ["厨具"]})
    assert [s.kb_id_ for s in doc.spans["industries"]] == ["厨具", "testing-and-certification"]


def test_a_places_tea_named_by_the_place_alone() -> None:
    """井冈山茶 is the city's tea (batch 1289), as 安吉白茶 is a county's; not camellia's oil or
    flowers, and once only where a term of tea runs on (井冈山茶叶)."""
    from ingest.nlp.pipeline import process

    def found(text: str) -> list[str]:
        doc = process(get_pipeline(), text, {"place_names": ("井冈山",)})
        return [s.kb_id_ for s in doc.spans["industries"]]

    assert found("以井冈蜜柚、井冈山茶等特色农产品为重点。") == ["fruit", "tea"]
    assert found("发展井冈山茶叶。") == ["tea"]
    assert found("举办井冈山茶花节。") == []


def test_the_subject_of_a_work_is_no_industry_and_pulp_is_papers() -> None:
    """Dramas on a ceramic theme (拍摄以陶瓷文化为题材的微短剧, batch 1293) are film and
    television's, not ceramics'; bagasse pulped (蔗渣制浆, batch 1294) is papermaking."""
    from ingest.nlp.pipeline import process

    def found(text: str) -> list[str]:
        doc = process(get_pipeline(), text, {})
        return [s.kb_id_ for s in doc.spans["industries"]]

    assert found("拍摄上线以陶瓷文化为题材的微短剧20部。") == ["film-and-television"]
    assert found("发展陶瓷文化。") == ["ceramics"]
    assert found("蔗渣制浆产能达到5万吨。") == ["papermaking"]


def test_goods_listed_before_the_processing_they_share_or_where_imports_land() -> None:
    """Imported timber and farm produce processed where they land (进口木材、农产品落地加工,
    batch 1295) are wood and food processing, as 木材加工 and 农产品加工 are; not goods of a kind
    named before them (藜麦食品、饮品加工: the corpus's 静乐, quinoa's foods quinoa's)."""
    from ingest.nlp.pipeline import process

    def found(text: str) -> list[str]:
        doc = process(get_pipeline(), text, {})
        return [s.kb_id_ for s in doc.spans["industries"]]

    assert sorted(found("引进进口木材、农产品落地加工企业15家。")) == [
        "food-processing",
        "wood-products",
    ]
    assert sorted(found("引进进口木材和农产品加工企业。")) == ["food-processing", "wood-products"]
    assert found("引进藜麦食品、饮品加工企业3家以上。") == []


def test_an_ice_and_snow_festival_is_the_ice_and_snow_economys() -> None:
    """A festival's name names its industry (the corpus's convention): 中俄蒙国际冰雪节 (batch
    1296) is the ice-and-snow economy's, as its 冰雪旅游 and 冰雪赛事 are."""
    from ingest.nlp.pipeline import process

    doc = process(get_pipeline(), "办好第二十五届中俄蒙国际冰雪节。", {})
    assert [s.kb_id_ for s in doc.spans["industries"]] == ["ice-and-snow-economy"]


def test_chinese_cabbage_is_a_vegetable() -> None:
    """大白菜 grown, its bases and its festival (batch 1297) are vegetables'; 白菜价 (a price as
    cheap as cabbage) none."""
    from ingest.nlp.pipeline import process

    def found(text: str) -> list[str]:
        doc = process(get_pipeline(), text, {})
        return [s.kb_id_ for s in doc.spans["industries"]]

    assert found("建设大白菜标准化基地10个。") == ["vegetables"]
    assert found("实现白菜价供应。") == []


def test_a_tourism_brand_built_names_tourism() -> None:
    """打造吉隆沟旅游品牌 (batch 1303) builds tourism's brand, as 打造乡村旅游品牌 builds rural
    tourism's (the corpus's 凤凰): tourism is named; not a brand of farming, nor tourism's brand
    made better known (提升旅游品牌影响力)."""
    from ingest.nlp.pipeline import process

    def found(text: str) -> list[str]:
        doc = process(get_pipeline(), text, {})
        return [s.kb_id_ for s in doc.spans["industries"]]

    assert found("打造吉隆沟旅游品牌。") == ["tourism"]
    assert found("打造农业品牌。") == []
    assert found("提升旅游品牌影响力。") == []
