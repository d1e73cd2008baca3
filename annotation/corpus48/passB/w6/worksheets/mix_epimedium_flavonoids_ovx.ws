# s0 title (改善...骨质疏松 = TREATS; 促进 BMSCs 成骨分化 = UP; 经...途径 = via, neutral; result in animal: no TI)
E | t_tfe | COMPOUND | 淫羊藿总黄酮 | -
E | t_path | PATHWAY | ERα/BMP-2/β-catenin途径 | -
E | t_rat | ORGANISM | 去卵巢大鼠 | -
E | t_op | DISEASE | 骨质疏松 | -
E | t_bmsc | CELL_TYPE | BMSCs | -
R | TREATS | t_tfe | t_op
R | UP | t_tfe | t_bmsc
# s1 目的 (study aim -> TI; 防治作用 inside an aim: no TREATS; 其 -> 淫羊藿总黄酮)
E | a_tfe_zh | COMPOUND | 淫羊藿总黄酮 | -
E | a_tfe_en | COMPOUND | total flavonoids of Epimedium | -
E | a_tfe | COMPOUND | TFE | -
E | a_rat | ORGANISM | 去卵巢(OVX)大鼠 | -
E | a_op | DISEASE | 骨质疏松 | -
E | a_bmsc_l | CELL_TYPE | 骨髓间充质干细胞 | -
E | a_bmsc | CELL_TYPE | BMSCs | -
E | a_era | GENE | ERα | -
E | a_bmp2 | GENE | BMP-2 | -
E | a_bcat | GENE | β-catenin | -
R | TI | a_tfe_zh | a_rat
R | TI | a_tfe_zh | a_bmsc_l
# s2 方法 in vivo (group allocation; TFE-L/M/H coded labels and OVX 组 not annotated; 灌胃 12 周 shared by both treated arms; serum E2 = estradiol)
E | b_sd | ORGANISM | SD 大鼠 | -
E | b_tfe | COMPOUND | TFE | -
E | b_c1 | CONCENTRATION | 75, 150, 300 mg/kg/d | - | 75,150,300 mg/kg/d
E | b_ev_l | COMPOUND | 戊酸雌二醇 | -
E | b_ev | COMPOUND | E2V | -
E | b_c2 | CONCENTRATION | 0.8 mg/kg/d | - | 0.8 mg/kg/d
E | b_d | DURATION | 12 周 | -
E | b_e2 | COMPOUND | E2 | -
E | b_balp | GENE | BALP | -
E | b_tracp | GENE | TRACP-5b | -
E | b_era | GENE | ERα | -
E | b_bmp2 | GENE | BMP-2 | -
E | b_bcat | GENE | β-catenin | -
R | TI | b_tfe | b_sd
R | CONC | b_tfe | b_c1
R | DUR | b_tfe | b_d
R | TI | b_ev_l | b_sd
R | CONC | b_ev_l | b_c2
R | DUR | b_ev_l | b_d
# s3a in vitro (ends at ';' typed for ；; 干预 / 加入 = giving; antagonist -> target = DOWN; Noggin is a GENE reagent: no TI/CONC link)
E | c_tfe | COMPOUND | TFE | -
E | c_c1 | CONCENTRATION | 1, 10, 50 μg/ml | - | 1,10,50 ug/mL
E | c_bmsc | CELL_TYPE | BMSCs | -
E | c_era | GENE | ERα | -
E | c_ici | COMPOUND | ICI 182,780 | -
E | c_c2 | CONCENTRATION | 1 μmol/L | - | 1 umol/L
E | c_bmp | GENE | BMP | -
E | c_nog | GENE | Noggin | -
E | c_c3 | CONCENTRATION | 100 ng/ml | - | 100 ng/mL
R | TI | c_tfe | c_bmsc
R | CONC | c_tfe | c_c1
R | DOWN | c_ici | c_era
R | TI | c_ici | c_bmsc
R | CONC | c_ici | c_c2
R | DOWN | c_nog | c_bmp
# s3b measurements
E | d_alp | GENE | ALP | -
E | d_ars | COMPOUND | 茜素红 | -
E | d_runx2 | GENE | Runx2 | -
E | d_osx | GENE | Osterix | -
E | d_ocn | GENE | OCN | -
E | d_era | GENE | ERα | -
E | d_bmp2 | GENE | BMP-2 | -
E | d_psmad | GENE | p-Smad1/5/8 | -
E | d_bcat | GENE | β-catenin | -
# s4a 结果 in vivo (agent only as coded labels TFE-M / TFE-H: not annotated, no relation); s4b TFE-L: nothing
E | e_balp | GENE | BALP | -
E | e_tracp | GENE | TRACP-5b | -
E | e_era | GENE | ERα | -
E | e_bmp2 | GENE | BMP-2 | -
E | e_bcat | GENE | β-catenin | -
# s5 (TFE negated; E2V group raised serum E2: UP)
# "TFE 各剂量组": pinned with @870, since the plain search would land on the unannotated coded label TFE-L of s4b
E | f_tfe | COMPOUND | TFE@870 | -
E | f_e2 | COMPOUND | E2 | -
E | f_ev | COMPOUND | E2V | -
R | UP | f_ev | f_e2
# s6 in vitro results (mineralized nodules: no cell named; nuclear beta-catenin = localisation)
E | g_tfe | COMPOUND | TFE | -
E | g_c | CONCENTRATION | 10, 50 μg/ml | - | 10,50 ug/mL
E | g_alp | GENE | ALP | -
E | g_runx2 | GENE | Runx2 | -
E | g_osx | GENE | Osterix | -
E | g_ocn | GENE | OCN | -
E | g_era | GENE | ERα | -
E | g_bmp2 | GENE | BMP-2 | -
E | g_psmad | GENE | p-Smad1/5/8 | -
E | g_bcat | GENE | β-catenin | -
R | CONC | g_tfe | g_c
R | UP | g_tfe | g_alp
R | UP | g_tfe | g_runx2
R | UP | g_tfe | g_osx
R | UP | g_tfe | g_ocn
R | UP | g_tfe | g_era
R | UP | g_tfe | g_bmp2
R | UP | g_tfe | g_psmad
R | UP | g_tfe | g_bcat
# s7 (TFE 对...的上调作用 asserted = UP; antagonist blocking an effect / Noggin inhibiting an effect: nothing)
E | h_ici | COMPOUND | ICI 182,780 | -
E | h_tfe | COMPOUND | TFE | -
E | h_era | GENE | ERα | -
E | h_bmp2 | GENE | BMP-2 | -
E | h_bcat | GENE | β-catenin | -
E | h_nog | GENE | Noggin | -
R | UP | h_tfe | h_era
R | UP | h_tfe | h_bmp2
R | UP | h_tfe | h_bcat
# s8 结论 (bone loss: process, no TREATS; E2 negated; elided agent TFE for the hedged mechanism; shared head 信号 with the last conjunct; 防治 -> TREATS)
E | i_tfe | COMPOUND | TFE | -
E | i_e2 | COMPOUND | E2 | -
E | i_rat | ORGANISM | OVX 大鼠 | -
E | i_era | GENE | ERα | -
E | i_bmp | PATHWAY | BMP-2/Smad | -
E | i_bcat | PATHWAY | β-catenin 信号 | -
E | i_bmsc | CELL_TYPE | BMSCs | -
E | i_pmo | DISEASE | 绝经后骨质疏松 | -
R | UP | i_tfe | i_era
R | UP | i_tfe | i_bmp
R | UP | i_tfe | i_bcat
R | UP | i_tfe | i_bmsc
R | TREATS | i_tfe | i_pmo
