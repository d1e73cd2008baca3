# [0] title (aim title X 对 Y 的影响 = TI; STZ 诱导 = exposure word; 糖尿病大鼠 = DISEASE + ORGANISM)
E | t_aps | COMPOUND | 黄芪多糖 | -
E | t_stz | COMPOUND | STZ | -
E | t_dm | DISEASE | 糖尿病 | -
E | t_rat | ORGANISM | 大鼠 | -
E | t_op | DISEASE | 骨质疏松 | -
E | t_path | PATHWAY | AGEs/RAGE通路 | -
R | TI | t_aps | t_rat
R | TI | t_stz | t_rat
# [1] 目的 (study aim; 其受体 generic)
E | a_aps | COMPOUND | 黄芪多糖 | -
E | a_apsen | COMPOUND | Astragalus polysaccharides | -
E | a_APS | COMPOUND | APS | -
E | a_stz_l | COMPOUND | 链脲佐菌素 | -
E | a_stz | COMPOUND | STZ | -
E | a_dop_l | DISEASE | 糖尿病骨质疏松 | -
E | a_dop | DISEASE | DOP | -
E | a_rat | ORGANISM | 大鼠 | -
E | a_age_l | COMPOUND | 晚期糖基化终末产物 | -
E | a_age | COMPOUND | AGEs | -
E | a_rage | GENE | RAGE | -
R | TI | a_aps | a_rat
R | TI | a_stz_l | a_rat
# [2] 方法 model (72 h后 = time point; FBG / 16.7 mmol/L measured)
E | b_sd | ORGANISM | SD大鼠 | -
E | b_d | DURATION | 4周 | -
E | b_stz | COMPOUND | STZ | -
E | b_c | CONCENTRATION | 35 mg/kg | - | 35 mg/kg
R | TI | b_stz | b_sd
R | CONC | b_stz | b_c
# [3] grouping (APS-L/M/H coded labels not annotated)
E | c_rat | ORGANISM | 大鼠 | -
E | c_met | COMPOUND | 二甲双胍 | -
E | c_c1 | CONCENTRATION | 200 mg·kg-1·d-1 | - | 200 mg/kg/d
E | c_aps | COMPOUND | APS | -
E | c_c2 | CONCENTRATION | 100,200,400 mg·kg-1·d-1 | - | 100,200,400 mg/kg/d
E | c_rat2 | ORGANISM | 大鼠 | -
E | c_d | DURATION | 12周 | -
R | TI | c_met | c_rat
R | TI | c_aps | c_rat
R | CONC | c_met | c_c1
R | CONC | c_aps | c_c2
R | DUR | c_met | c_d
R | DUR | c_aps | c_d
# [5]
E | e_hb_l | GENE | 糖化血红蛋白 | -
E | e_hb | GENE | HbA1c | -
# [7]
E | g_age | COMPOUND | AGEs | -
E | g_oc_l | GENE | 骨钙素 | -
E | g_oc | GENE | OC | -
E | g_ctx_l | GENE | Ⅰ型胶原C端肽 | -
E | g_ctx | GENE | CTX-I | -
# [8] (NF-κB p65: two adjacent names)
E | h_rage | GENE | RAGE | -
E | h_nfkb | GENE | NF-κB | -
E | h_p65 | GENE | p65 | -
E | h_rage2 | GENE | RAGE | -
# [9] model vs normal: no compound agent
E | i_hb | GENE | HbA1c | -
E | i_age | COMPOUND | AGEs | -
E | i_ctx | GENE | CTX-I | -
E | i_oc | GENE | OC | -
E | i_rage | GENE | RAGE | -
# [10] agent only as coded labels APS-M/APS-H (not annotated): no relation
E | j_age | COMPOUND | AGEs | -
E | j_ctx | GENE | CTX-I | -
E | j_oc | GENE | OC | -
E | j_rage | GENE | RAGE | -
E | j_p65 | GENE | p65 | -
# [11]
E | k_met | COMPOUND | 二甲双胍 | -
# [12] 结论 (其作用 -> 黄芪多糖)
E | l_aps | COMPOUND | 黄芪多糖 | -
E | l_dm | DISEASE | 糖尿病 | -
E | l_rat | ORGANISM | 大鼠 | -
E | l_gmd | DISEASE | 糖代谢紊乱 | -
E | l_age | COMPOUND | AGEs | -
E | l_path | PATHWAY | RAGE/NF-κB信号 | -
R | TREATS | l_aps | l_gmd
R | DOWN | l_aps | l_age
R | DOWN | l_aps | l_path
