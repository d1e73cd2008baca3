# title (title aim; 地塞米松诱导…大鼠 = exposure with 诱导, as dev ginsenoside title)
E | t_zg | COMPOUND | 左归丸 | -
E | t_dex | COMPOUND | 地塞米松 | -
E | t_op | DISEASE | 骨质疏松 | -
E | t_rat | ORGANISM | 大鼠 | -
E | t_path | PATHWAY | BMP-2/Smad信号 | -
R | TI | t_zg | t_rat
R | TI | t_dex | t_rat
# 目的 (lines 2-3; 骨形态发生蛋\n白2（BMP-2）/Smad信号通路 broken by a hard line break: not spannable)
E | a_zg | COMPOUND | 左归丸 | -
E | a_giopl | DISEASE | 糖皮质激素性骨质疏松 | -
E | a_giop | DISEASE | GIOP | -
E | a_rat | ORGANISM | 大鼠 | -
R | TI | a_zg | a_rat
# 方法 1 (lines 3-5; group allocation)
E | adj_69 | PATHWAY | 骨形态发生蛋白2（BMP-2）/Smad信号通路@69 | -
E | b_sd | ORGANISM | SD大鼠 | -
E | b_alf | COMPOUND | 阿法骨化醇 | -
E | b_c1 | CONCENTRATION | 0.25μg/kg | - | 0.25 ug/kg
E | b_zg | COMPOUND | 左归丸 | -
E | b_c2 | CONCENTRATION | 1.35、2.70、5.40g/kg | - | 1.35,2.70,5.40 g/kg
R | TI | b_alf | b_sd
R | TI | b_zg | b_sd
R | CONC | b_alf | b_c1
R | CONC | b_zg | b_c2
# 方法 2 (model; 注射液 = dosage form, outside the span)
E | c_rat | ORGANISM | 大鼠 | -
E | c_dex | COMPOUND | 地塞米松磷酸钠 | -
E | c_c | CONCENTRATION | 2.5mg/kg | - | 2.5 mg/kg
E | c_d | DURATION | 8周 | -
E | c_giop | DISEASE | GIOP | -
R | TI | c_dex | c_rat
R | CONC | c_dex | c_c
R | DUR | c_dex | c_d
# 方法 3 (vehicle, no relation)
E | d_water | COMPOUND | 蒸馏水 | -
# 方法 4 measurements (抗酒石酸酸性磷酸\n酶5b not spannable; 磷酸化 outside the span)
E | e_he | COMPOUND | HE | -
E | e_balpl | GENE | 骨碱性磷酸酶 | -
E | e_balp | GENE | BALP | -
E | e_ocnl | GENE | 骨钙素 | -
E | e_ocn | GENE | OCN | -
E | adj_339 | GENE | 抗酒石酸酸性磷酸酶5b@339 | -
E | e_tr | GENE | TRACP-5b | -
E | e_bmp2 | GENE | BMP-2 | -
E | e_smad | GENE | Smad1/5 | -
E | e_psmad | GENE | p-Smad1/5 | -
E | e_runx2 | GENE | Runx2 | -
# 结果 1 (model vs blank)
E | f_balp | GENE | BALP | -
E | f_ocn | GENE | OCN | -
E | f_tr | GENE | TRACP-5b | -
E | f_bmp2 | GENE | BMP-2 | -
E | f_psmad | GENE | p-Smad1/5 | -
E | f_runx2 | GENE | Runx2 | -
# 结果 2 (agent = 左归丸 of the group label)
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
# 结果 3 (after ；: 高剂量组 agent not named in the sentence: no relation)
E | h_tr | GENE | TRACP-5b | -
E | h_tr2 | GENE | TRACP-5b | -
# 结果 4 (negated for the pathway; BMD not a mention)
E | i_alf | COMPOUND | 阿法骨化醇 | -
E | i_path | PATHWAY | BMP-2/Smad通路 | -
# 结论 (所致 = 诱导: exposure of the rats; 促进成骨细胞功能 = activity; no disease named)
E | j_zg | COMPOUND | 左归丸 | -
E | j_dex | COMPOUND | 地塞米松 | -
E | j_rat | ORGANISM | 大鼠 | -
E | j_path | PATHWAY | BMP-2/Smad信号 | -
E | j_ob | CELL_TYPE | 成骨细胞 | -
R | TI | j_dex | j_rat
R | UP | j_zg | j_path
R | UP | j_zg | j_ob
