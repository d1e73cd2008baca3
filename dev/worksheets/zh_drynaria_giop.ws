# title (X 对 Y 的影响 = study aim)
E | t_tf | COMPOUND | 骨碎补总黄酮
E | t_dis | DISEASE | 糖皮质激素性骨质疏松
E | t_rat | ORGANISM | 大鼠 | ncbitaxon:10116
E | t_opg | GENE | OPG | hgnc:TNFRSF11B
E | t_rankl | GENE | RANKL | hgnc:TNFSF11
R | TI | t_tf | t_rat
# 目的
E | a_tf | COMPOUND | 骨碎补总黄酮
E | a_tfen | COMPOUND | total flavonoids of Drynariae Rhizoma
E | a_TFDR | COMPOUND | TFDR
E | a_dis | DISEASE | 糖皮质激素性骨质疏松
E | a_giop | DISEASE | GIOP
E | a_rat | ORGANISM | 大鼠 | ncbitaxon:10116
R | TI | a_tf | a_rat
# 分组
E | b_rat | ORGANISM | SD 大鼠 | ncbitaxon:10116
E | b_tf | COMPOUND | TFDR
R | TI | b_tf | b_rat
# 造模
E | c_rat | ORGANISM | 大鼠 | ncbitaxon:10116
E | c_dex | COMPOUND | 地塞米松 | pubchem:5743
E | c_c | CONCENTRATION | 2.5 mg/kg | - | 2.5 mg/kg
E | c_d | DURATION | 12 周
E | c_giop | DISEASE | GIOP
R | TI | c_dex | c_rat
R | CONC | c_dex | c_c
R | DUR | c_dex | c_d
# 给药
E | d_tf1 | COMPOUND | TFDR
E | d_tf2 | COMPOUND | TFDR
E | d_c | CONCENTRATION | 75、150、300 mg·kg⁻¹·d⁻¹ | - | 75,150,300 mg/kg/d
E | d_aln | COMPOUND | 阿仑膦酸钠
E | d_c2 | CONCENTRATION | 1 mg·kg⁻¹·d⁻¹ | - | 1 mg/kg/d
R | CONC | d_tf2 | d_c
R | CONC | d_aln | d_c2
# 含量 (distractor percentages)
E | e_tf | COMPOUND | TFDR
E | e_fl | COMPOUND | 总黄酮
E | e_nar | COMPOUND | 柚皮苷 | pubchem:442428
# 检测
E | f_bgpl | GENE | 骨钙素 | hgnc:BGLAP
E | f_bgp | GENE | BGP | hgnc:BGLAP
E | f_trl | GENE | 抗酒石酸酸性磷酸酶 5b | hgnc:ACP5
E | f_tr | GENE | TRACP-5b | hgnc:ACP5
E | f_opgl | GENE | 骨保护素 | hgnc:TNFRSF11B
E | f_opg | GENE | OPG | hgnc:TNFRSF11B
E | f_rankll | GENE | 核因子 κB 受体活化因子配体 | hgnc:TNFSF11
E | f_rankl | GENE | RANKL | hgnc:TNFSF11
# 结果
E | g_tf | COMPOUND | TFDR
E | g_bgp | GENE | BGP | hgnc:BGLAP
E | g_tr | GENE | TRACP-5b | hgnc:ACP5
R | UP | g_tf | g_bgp
R | DOWN | g_tf | g_tr
E | h_tf | COMPOUND | TFDR
E | h_opg | GENE | OPG | hgnc:TNFRSF11B
E | h_rankl | GENE | RANKL | hgnc:TNFSF11
E | h_opg2 | GENE | OPG | hgnc:TNFRSF11B
E | h_rankl2 | GENE | RANKL | hgnc:TNFSF11
R | UP | h_tf | h_opg
R | DOWN | h_tf | h_rankl
E | i_tf | COMPOUND | TFDR
# 结论
E | j_tf | COMPOUND | 骨碎补总黄酮
E | j_opg | GENE | OPG | hgnc:TNFRSF11B
E | j_rankl | GENE | RANKL | hgnc:TNFSF11
E | j_dis | DISEASE | 糖皮质激素性骨质疏松
R | TREATS | j_tf | j_dis
