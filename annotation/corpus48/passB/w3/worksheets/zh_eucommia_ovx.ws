# [0] title (aim title = TI; 防治作用 noun phrase = TREATS; 对…表达的影响 neutral)
E | t_eu | COMPOUND | 杜仲叶提取物 | -
E | t_rat | ORGANISM | 去卵巢大鼠 | -
E | t_op | DISEASE | 骨质疏松 | -
E | t_opg | GENE | OPG | -
E | t_rankl | GENE | RANKL | -
R | TI | t_eu | t_rat
R | TREATS | t_eu | t_op
# [1] 目的 (aim: TI only; 其与…系统的关系 neutral)
E | a_eu | COMPOUND | 杜仲叶提取物 | -
E | a_euen | COMPOUND | Eucommia ulmoides leaf extract | -
E | a_EULE | COMPOUND | EULE | -
E | a_rat | ORGANISM | 去卵巢大鼠 | -
E | a_op | DISEASE | 骨质疏松 | -
E | a_opg_l | GENE | 骨保护素 | -
E | a_opg | GENE | OPG | -
E | a_rankl_l | GENE | 核因子κB受体活化因子配体 | -
E | a_rankl | GENE | RANKL | -
R | TI | a_eu | a_rat
# [2] group allocation
E | b_sd | ORGANISM | SD大鼠 | -
E | b_aln | COMPOUND | 阿仑膦酸钠 | -
E | b_c1 | CONCENTRATION | 1 mg·kg-1·d-1 | - | 1 mg/kg/d
E | b_eu | COMPOUND | EULE | -
E | b_c2 | CONCENTRATION | 0.5,1.0,2.0 g·kg-1·d-1 | - | 0.5,1.0,2.0 g/kg/d
R | TI | b_aln | b_sd
R | TI | b_eu | b_sd
R | CONC | b_aln | b_c1
R | CONC | b_eu | b_c2
# [3] (术后1周 = time point; 12周: no compound named in the sentence)
E | c_d | DURATION | 12周 | -
# [4] stain
E | d_he | COMPOUND | HE | -
# [5]-[6] measurements
E | e_e2_l | COMPOUND | 雌二醇 | -
E | e_e2 | COMPOUND | E2 | -
E | e_balp_l | GENE | 骨特异性碱性磷酸酶 | -
E | e_balp | GENE | BALP | -
E | e_tr_l | GENE | 抗酒石酸酸性磷酸酶5b | -
E | e_tr | GENE | TRACP-5b | -
E | f_opg | GENE | OPG | -
E | f_rankl | GENE | RANKL | -
# [7] model vs sham (ratio: no relation)
E | g_tr | GENE | TRACP-5b | -
E | g_opg | GENE | OPG | -
E | g_rankl | GENE | RANKL | -
# [8] both treated arms are agents
E | h_eu | COMPOUND | EULE | -
E | h_aln | COMPOUND | 阿仑膦酸钠 | -
E | h_tr | GENE | TRACP-5b | -
E | h_opg | GENE | OPG | -
E | h_rankl | GENE | RANKL | -
E | h_eu2 | COMPOUND | EULE | -
E | h_aln2 | COMPOUND | 阿仑膦酸钠 | -
R | DOWN | h_eu | h_tr
R | UP | h_eu | h_opg
R | DOWN | h_eu | h_rankl
R | DOWN | h_aln | h_tr
R | UP | h_aln | h_opg
R | DOWN | h_aln | h_rankl
# [9] low dose: BALP slightly raised (asserted)
E | i_eu | COMPOUND | EULE | -
E | i_balp | GENE | BALP | -
R | UP | i_eu | i_balp
# [10] negated
E | j_e2 | COMPOUND | E2 | -
# [11] 结论 (其作用 -> 杜仲叶提取物; 雌激素 in 雌激素样; 不依赖于 = denied, no relation)
E | k_eu | COMPOUND | 杜仲叶提取物 | -
E | k_rat | ORGANISM | 去卵巢大鼠 | -
E | k_opg | GENE | OPG | -
E | k_rankl | GENE | RANKL | -
E | k_est | COMPOUND | 雌激素 | -
R | UP | k_eu | k_opg
R | DOWN | k_eu | k_rankl
