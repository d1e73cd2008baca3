# title (X 对 Y 的影响 = study aim; 去卵巢大鼠 one ORGANISM span; OPG/RANKL = two GENE mentions)
E | t_xl | COMPOUND | 仙灵骨葆胶囊 | -
E | t_rat | ORGANISM | 去卵巢大鼠 | -
E | t_opg | GENE | OPG | -
E | t_rankl | GENE | RANKL | -
R | TI | t_xl | t_rat
# 目的 (aim; 去卵巢（OVX）所致骨质疏松大鼠 = DISEASE + ORGANISM)
E | a_xl | COMPOUND | 仙灵骨葆胶囊 | -
E | a_op | DISEASE | 骨质疏松 | -
E | a_rat | ORGANISM | 大鼠 | -
E | a_opgl | GENE | 骨保护素 | -
E | a_opg | GENE | OPG | -
E | a_rankll | GENE | 核因子κB受体活化因子配体 | -
E | a_rankl | GENE | RANKL | -
R | TI | a_xl | a_rat
# 方法 1 (group allocation; 术后 4 周 = post-surgery interval, not an exposure; 12 周 shared by both arms; saline vehicle: no TESTED_IN)
E | b_sd | ORGANISM | SD 大鼠 | -
E | b_evl | COMPOUND | 戊酸雌二醇 | -
E | b_e2 | COMPOUND | E2 | -
E | b_c1 | CONCENTRATION | 0.1 mg·kg-1·d-1 | - | 0.1 mg/kg/d
E | b_xl | COMPOUND | 仙灵骨葆胶囊 | -
E | b_c2 | CONCENTRATION | 150、300、600 mg·kg-1·d-1 | - | 150,300,600 mg/kg/d
E | b_d | DURATION | 12 周 | -
E | b_ns | COMPOUND | 生理盐水 | -
R | TI | b_evl | b_sd
R | TI | b_xl | b_sd
R | CONC | b_evl | b_c1
R | CONC | b_xl | b_c2
R | DUR | b_evl | b_d
R | DUR | b_xl | b_d
# 方法 2 measurements
E | c_bgpl | GENE | 骨钙素 | -
E | c_bgp | GENE | BGP | -
E | c_pinpl | GENE | I 型前胶原 N 端前肽 | -
E | c_pinp | GENE | PINP | -
E | c_trl | GENE | 抗酒石酸酸性磷酸酶 5b | -
E | c_tr | GENE | TRACP-5b | -
E | c_ctxl | GENE | I 型胶原 C 端肽 | -
E | c_ctx | GENE | CTX-I | -
E | c_opg | GENE | OPG | -
E | c_rankl | GENE | RANKL | -
# 结果 1 (model vs sham; ratio)
E | d_tr | GENE | TRACP-5b | -
E | d_ctx | GENE | CTX-I | -
E | d_opg | GENE | OPG | -
E | d_rankl | GENE | RANKL | -
# 结果 2 (two agents from group labels: each conjunct)
E | e_e2 | COMPOUND | E2 | -
E | e_xl | COMPOUND | 仙灵骨葆 | -
E | e_tr | GENE | TRACP-5b | -
E | e_ctx | GENE | CTX-I | -
E | e_opg | GENE | OPG | -
E | e_rankl | GENE | RANKL | -
R | DOWN | e_e2 | e_tr
R | DOWN | e_e2 | e_ctx
R | UP | e_e2 | e_opg
R | DOWN | e_e2 | e_rankl
R | DOWN | e_xl | e_tr
R | DOWN | e_xl | e_ctx
R | UP | e_xl | e_opg
R | DOWN | e_xl | e_rankl
# 结果 3 (高剂量组 = 仙灵骨葆, not named in the sentence: no relation; E2 negated)
E | f_pinp | GENE | PINP | -
E | f_e2 | COMPOUND | E2 | -
E | f_pinp2 | GENE | PINP | -
# 结果 4: no mentions
# 结果 5 (uterus; negated for 仙灵骨葆)
E | g_e2 | COMPOUND | E2 | -
E | g_xl | COMPOUND | 仙灵骨葆 | -
# 结论 (no disease named: no TREATS; ratio: no relation; 雌激素 inside 雌激素样, denied)
E | h_xl | COMPOUND | 仙灵骨葆胶囊 | -
E | h_rat | ORGANISM | 去卵巢大鼠 | -
E | h_opg | GENE | OPG | -
E | h_rankl | GENE | RANKL | -
E | h_est | COMPOUND | 雌激素 | -
