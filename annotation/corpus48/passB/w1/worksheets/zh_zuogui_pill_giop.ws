# s0 title (aim title: TI for the tested formula; compound + explicit 诱导 + animal = exposure, TI for dexamethasone)
E | t_zg | COMPOUND | 左归丸 | -
E | t_dex | COMPOUND | 地塞米松 | -
E | t_op | DISEASE | 骨质疏松 | -
E | t_rat | ORGANISM | 大鼠 | -
E | t_path | PATHWAY | BMP-2/Smad信号 | -
R | TI | t_zg | t_rat
R | TI | t_dex | t_rat
# 目的 (study aim: TI). PATHWAY 骨形态发生蛋白2（BMP-2）/Smad信号通路 is broken by a line break ("骨形态发生蛋\n白2…"):
# the longer one-line fragment stands for it (see NOTES.md)
E | a_zg | COMPOUND | 左归丸 | -
E | a_giop_l | DISEASE | 糖皮质激素性骨质疏松 | -
E | a_giop | DISEASE | GIOP | -
E | a_rat | ORGANISM | 大鼠 | -
E | a_path | PATHWAY | 白2（BMP-2）/Smad信号通路 | -
R | TI | a_zg | a_rat
# 方法 1 (group allocation, one TI per treated arm)
E | b_sd | ORGANISM | SD大鼠 | -
E | b_alf | COMPOUND | 阿法骨化醇 | -
E | b_c1 | CONCENTRATION | 0.25μg/kg | - | 0.25 ug/kg
E | b_zg | COMPOUND | 左归丸 | -
E | b_c2 | CONCENTRATION | 1.35、2.70、5.40g/kg | - | 1.35,2.70,5.40 g/kg
R | TI | b_alf | b_sd
R | TI | b_zg | b_sd
R | CONC | b_alf | b_c1
R | CONC | b_zg | b_c2
# 方法 2 (ends at ；; model set-up: 注射 = giving, TI + dose + duration, no other relation; 注射液 is a dosage-form head)
E | c_rat | ORGANISM | 大鼠 | -
E | c_dex | COMPOUND | 地塞米松磷酸钠 | -
E | c_c | CONCENTRATION | 2.5mg/kg | - | 2.5 mg/kg
E | c_d | DURATION | 8周 | -
E | c_giop | DISEASE | GIOP | -
R | TI | c_dex | c_rat
R | CONC | c_dex | c_c
R | DUR | c_dex | c_d
# 方法 3 (vehicle, no system named, no relation)
E | d_water | COMPOUND | 蒸馏水 | -
# 方法 4 measurements (HE stain as reagent; TRACP-5b long form broken "抗酒石酸酸性磷酸\n酶5b": longer fragment;
# 磷酸化 is a separate word, not in the span)
E | e_he | COMPOUND | HE | -
E | e_balp_l | GENE | 骨碱性磷酸酶 | -
E | e_balp | GENE | BALP | -
E | e_ocn_l | GENE | 骨钙素 | -
E | e_ocn | GENE | OCN | -
E | e_trap_l | GENE | 抗酒石酸酸性磷酸 | -
E | e_trap | GENE | TRACP-5b | -
E | e_bmp2 | GENE | BMP-2 | -
E | e_smad | GENE | Smad1/5 | -
E | e_psmad | GENE | p-Smad1/5 | -
E | e_runx2 | GENE | Runx2 | -
# 结果 1 (model vs blank: no agent)
E | f_balp | GENE | BALP | -
E | f_ocn | GENE | OCN | -
E | f_trap | GENE | TRACP-5b | -
E | f_bmp2 | GENE | BMP-2 | -
E | f_psmad | GENE | p-Smad1/5 | -
E | f_runx2 | GENE | Runx2 | -
# 结果 2 (ends at ；; agent = compound of the group label)
E | g_zg | COMPOUND | 左归丸 | -
E | g_balp | GENE | BALP | -
E | g_ocn | GENE | OCN | -
E | g_bmp2 | GENE | BMP-2 | -
E | g_psmad | GENE | p-Smad1/5 | -
E | g_runx2 | GENE | Runx2 | -
R | UP | g_zg | g_balp
R | UP | g_zg | g_ocn
R | UP | g_zg | g_bmp2
R | UP | g_zg | g_psmad
R | UP | g_zg | g_runx2
# 结果 3 (高剂量组 with no compound mention in the sentence: no relation)
E | h_trap1 | GENE | TRACP-5b | -
E | h_trap2 | GENE | TRACP-5b | -
# 结果 4 (effect on the pathway proteins denied)
E | i_alf | COMPOUND | 阿法骨化醇 | -
E | i_path | PATHWAY | BMP-2/Smad通路 | -
# 结论 (其机制…激活/促进: agent 左归丸; bone loss without a DISEASE mention: no TREATS; 地塞米松所致 is a model modifier)
E | j_zg | COMPOUND | 左归丸 | -
E | j_dex | COMPOUND | 地塞米松 | -
E | j_rat | ORGANISM | 大鼠 | -
E | j_path | PATHWAY | BMP-2/Smad信号 | -
E | j_ob | CELL_TYPE | 成骨细胞 | -
R | UP | j_zg | j_path
R | UP | j_zg | j_ob
