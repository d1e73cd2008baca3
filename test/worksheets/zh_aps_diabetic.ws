# s0 title (X 对 ... 大鼠 的影响 = study aim; STZ诱导 大鼠 = exposure)
E | t_aps | COMPOUND | 黄芪多糖 | -
E | t_stz | COMPOUND | STZ | -
E | t_dm | DISEASE | 糖尿病 | -
E | t_rat | ORGANISM | 大鼠 | -
E | t_op | DISEASE | 骨质疏松 | -
E | t_path | PATHWAY | AGEs/RAGE通路 | -
R | TI | t_aps | t_rat
R | TI | t_stz | t_rat
# s1 目的 (study aim; STZ 诱导的 ... 大鼠)
E | a_aps | COMPOUND | 黄芪多糖 | -
E | a_apsen | COMPOUND | Astragalus polysaccharides | -
E | a_APS | COMPOUND | APS | -
E | a_stzl | COMPOUND | 链脲佐菌素 | -
E | a_stz | COMPOUND | STZ | -
E | a_dop | DISEASE | 糖尿病骨质疏松 | -
E | a_DOP | DISEASE | DOP | -
E | a_rat | ORGANISM | 大鼠 | -
E | a_agesl | COMPOUND | 晚期糖基化终末产物 | -
E | a_ages | COMPOUND | AGEs | -
E | a_rage | GENE | RAGE | -
R | TI | a_aps | a_rat
R | TI | a_stzl | a_rat
# s2 方法 造模 (高脂饲料 not a compound; 4周 = feeding time, no compound; 72 h after STZ)
E | b_rat | ORGANISM | SD大鼠 | -
E | b_d1 | DURATION | 4周 | -
E | b_stz | COMPOUND | STZ | -
E | b_c | CONCENTRATION | 35 mg/kg | - | 35 mg/kg
R | TI | b_stz | b_rat
R | CONC | b_stz | b_c
# s3 分组 (group allocation; APS-L/M/H coded labels not annotated)
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
# s5 measurements
E | e_hbl | GENE | 糖化血红蛋白 | -
E | e_hb | GENE | HbA1c | -
# s7
E | f_ages | COMPOUND | AGEs | -
E | f_ocl | GENE | 骨钙素 | -
E | f_oc | GENE | OC | -
E | f_ctxl | GENE | Ⅰ型胶原C端肽 | -
E | f_ctx | GENE | CTX-I | -
# s8 (NF-κB p65: two adjacent names)
E | g_rage | GENE | RAGE | -
E | g_nfkb | GENE | NF-κB | -
E | g_p65 | GENE | p65 | -
E | g_rage2 | GENE | RAGE | -
# s9 结果 model group (no agent)
E | h_hb | GENE | HbA1c | -
E | h_ages | COMPOUND | AGEs | -
E | h_ctx | GENE | CTX-I | -
E | h_oc | GENE | OC | -
E | h_rage | GENE | RAGE | -
# s10 (agent only as coded labels APS-M/APS-H: no mention, no relation)
E | i_ages | COMPOUND | AGEs | -
E | i_ctx | GENE | CTX-I | -
E | i_oc | GENE | OC | -
E | i_rage | GENE | RAGE | -
E | i_p65 | GENE | p65 | -
# s11
E | j_met | COMPOUND | 二甲双胍 | -
# s12 结论
E | k_aps | COMPOUND | 黄芪多糖 | -
E | k_dm | DISEASE | 糖尿病 | -
E | k_rat | ORGANISM | 大鼠 | -
E | adj_833 | DISEASE | 糖代谢紊乱@833 | -
E | k_ages | COMPOUND | AGEs | -
E | k_path | PATHWAY | RAGE/NF-κB信号 | -
R | DOWN | k_aps | k_ages
R | DOWN | k_aps | k_path
R | TREATS | k_aps | adj_833
