# NOTE: hard line breaks. A line break ends no sentence, but a span cannot contain one (one-line worksheet
# strings, brat lines). Names broken by a line break are annotated by their part before the break
# (start offset kept) and listed in NOTES.md with the intended full span.
# s0 ZH title (通过…轴 = via; 促进 BMSC 迁移 = UP of the cell (migration counted as activity); 促进…股骨骨折愈合 -> TREATS; no giving word)
E | t_ngr1 | COMPOUND | 三七皂苷R1 | -
E | t_axis | PATHWAY | SDF-1/CXCR4轴 | -
E | t_bm | CELL_TYPE | 骨髓间充质干细胞 | -
E | t_rat | ORGANISM | 大鼠 | -
E | t_fx | DISEASE | 股骨骨折 | -
R | UP | t_ngr1 | t_bm
R | TREATS | t_ngr1 | t_fx
# s1 background (delayed fracture healing = a disorder)
E | a_dfx | DISEASE | 骨折延迟愈合 | -
E | a_msc | CELL_TYPE | 间充质干细胞 | -
# s2 aim (study aim -> TI; 三七皂苷R1 is broken as 三七皂|苷R1: fragment before the break; long forms inside one PATHWAY span)
E | b_ngr1_frag | COMPOUND | 三七皂 | -
E | b_NGR1 | COMPOUND | NGR1 | -
E | b_rat | ORGANISM | 大鼠 | -
E | b_fx | DISEASE | 股骨骨折 | -
E | b_bm | CELL_TYPE | 骨髓间充质干细胞 | -
E | b_bms | CELL_TYPE | BMSCs | -
E | b_axis | PATHWAY | 基质细胞衍生因子-1（SDF-1）/趋化因子受体4（CXCR4）轴 | -
R | TI | b_ngr1_frag | b_rat
R | TI | b_ngr1_frag | b_bm
# s3 方法 (group allocation, each arm; 右股骨中段 location not in the disease span)
E | c_sd | ORGANISM | SD大鼠 | -
E | c_fx | DISEASE | 闭合性骨折 | -
E | c_ngr1a | COMPOUND | NGR1 | -
E | c_c1 | CONCENTRATION | 10 mg/kg | - | 10 mg/kg
E | c_ngr1b | COMPOUND | NGR1 | -
E | c_c2 | CONCENTRATION | 20 mg/kg | - | 20 mg/kg
R | TI | c_ngr1a | c_sd
R | TI | c_ngr1b | c_sd
R | CONC | c_ngr1a | c_c1
R | CONC | c_ngr1b | c_c2
# s4 (术后2、4周 / 4周时: time points)
E | d_sdf1 | GENE | SDF-1 | -
# s5 in vitro (处理 -> TI; antagonist -> target; the antagonist applied to the BMSCs named earlier in the sentence -> TI, as 740 Y-P in dev catalpol; 大鼠 modifies the cell)
E | e_ngr1 | COMPOUND | NGR1 | -
E | e_c1 | CONCENTRATION | 25、50、100 μg/mL | - | 25,50,100 ug/mL
E | e_bms | CELL_TYPE | BMSCs | -
E | e_cxcr4 | GENE | CXCR4 | -
E | e_amd | COMPOUND | AMD3100 | -
E | e_c2 | CONCENTRATION | 5 μg/mL | - | 5 ug/mL
E | e_cxcr4b | GENE | CXCR4 | -
E | e_pakt | GENE | p-Akt | -
R | TI | e_ngr1 | e_bms
R | CONC | e_ngr1 | e_c1
R | DOWN | e_amd | e_cxcr4
R | CONC | e_amd | e_c2
R | TI | e_amd | e_bms
# s6 (callus SDF-1 up; serum SDF-1 negated)
E | f_ngr1 | COMPOUND | NGR1 | -
E | f_sdf1 | GENE | SDF-1 | -
E | f_sdf1b | GENE | SDF-1 | -
R | UP | f_ngr1 | f_sdf1
# s8 (more migrated BMSCs = UP of the cell; fold change not a quantity)
E | h_ngr1 | COMPOUND | NGR1 | -
E | h_c | CONCENTRATION | 50、100 μg/mL | - | 50,100 ug/mL
E | h_bms | CELL_TYPE | BMSCs | -
E | h_cxcr4 | GENE | CXCR4 | -
E | h_pakt | GENE | p-Akt | -
R | CONC | h_ngr1 | h_c
R | UP | h_ngr1 | h_bms
R | UP | h_ngr1 | h_cxcr4
R | UP | h_ngr1 | h_pakt
# s9 (antagonist abolishes an effect: none)
E | i_amd | COMPOUND | AMD3100 | -
# s10 结论 (三七皂苷R1 broken as 三七皂苷|R1: fragment before the break; 骨折 inside 骨折部位 and 骨折辅助治疗; 其 -> 三七皂苷R1)
E | j_ngr1_frag | COMPOUND | 三七皂苷 | -
E | j_path | PATHWAY | SDF-1/CXCR4信号 | -
E | j_bms | CELL_TYPE | BMSCs | -
E | j_fx1 | DISEASE | 骨折 | -
E | j_rat | ORGANISM | 大鼠 | -
E | j_fx2 | DISEASE | 股骨骨折 | -
E | j_fx3 | DISEASE | 骨折 | -
R | UP | j_ngr1_frag | j_path
R | UP | j_ngr1_frag | j_bms
R | TREATS | j_ngr1_frag | j_fx2
R | TREATS | j_ngr1_frag | j_fx3
# EN title (the checker joins the title with the Objective, because the title line ends without a full stop; no relation crosses them here)
E | T_ngr1 | COMPOUND | Notoginsenoside R1 | -
E | T_bm | CELL_TYPE | bone marrow mesenchymal stem cells | -
E | T_fx | DISEASE | femoral fracture | -
E | T_rat | ORGANISM | rats | -
E | T_axis | PATHWAY | SDF-1/CXCR4 axis | -
R | UP | T_ngr1 | T_bm
R | TREATS | T_ngr1 | T_fx
# Objective (aim -> TI; "bone marrow mesenchymal stem|cells" and "stromal cell-derived factor-1|(SDF-1)/… axis" broken: fragments before the break)
E | A_ngr1 | COMPOUND | notoginsenoside R1 | -
E | A_NGR1 | COMPOUND | NGR1 | -
E | A_fx | DISEASE | femoral fracture | -
E | A_bm_frag | CELL_TYPE | bone marrow mesenchymal stem | -
E | A_bms | CELL_TYPE | BMSCs | -
E | A_rat | ORGANISM | rats | -
E | A_axis_frag | PATHWAY | stromal cell-derived factor-1 | -
R | TI | A_ngr1 | A_bm_frag
R | TI | A_ngr1 | A_rat
# Methods 1 ("closed|mid-shaft fracture": the name "fracture" annotated; group allocation)
E | B_fx | DISEASE | fracture | -
E | B_sd | ORGANISM | SD rats | -
E | B_ngr1a | COMPOUND | NGR1 | -
E | B_c1 | CONCENTRATION | 10 mg/kg | - | 10 mg/kg
E | B_ngr1b | COMPOUND | NGR1 | -
E | B_c2 | CONCENTRATION | 20 mg/kg | - | 20 mg/kg
R | TI | B_ngr1a | B_sd
R | TI | B_ngr1b | B_sd
R | CONC | B_ngr1a | B_c1
R | CONC | B_ngr1b | B_c2
# Methods 2 (time points)
E | C_sdf1 | GENE | SDF-1 | -
# Methods 3
E | D_bms | CELL_TYPE | BMSCs | -
E | D_ngr1 | COMPOUND | NGR1 | -
E | D_c1 | CONCENTRATION | 25, 50, 100 μg/mL | - | 25,50,100 ug/mL
E | D_cxcr4 | GENE | CXCR4 | -
E | D_amd | COMPOUND | AMD3100 | -
E | D_c2 | CONCENTRATION | 5 μg/mL | - | 5 ug/mL
E | D_cxcr4b | GENE | CXCR4 | -
E | D_pakt | GENE | p-Akt | -
R | TI | D_ngr1 | D_bms
R | CONC | D_ngr1 | D_c1
R | DOWN | D_amd | D_cxcr4
R | CONC | D_amd | D_c2
R | TI | D_amd | D_bms
# Results 1
E | E_ngr1 | COMPOUND | NGR1 | -
E | E_sdf1 | GENE | SDF-1 | -
E | E_sdf1b | GENE | SDF-1 | -
R | UP | E_ngr1 | E_sdf1
# Results 2 ("50|and 100 μg/mL" broken by a line break: only "100 μg/mL" can be spanned; AMD3100 abolishes the effect: none)
E | F_ngr1 | COMPOUND | NGR1 | -
E | F_c | CONCENTRATION | 100 μg/mL | - | 100 ug/mL
E | F_bms | CELL_TYPE | BMSCs | -
E | F_cxcr4 | GENE | CXCR4 | -
E | F_pakt | GENE | p-Akt | -
E | F_amd | COMPOUND | AMD3100 | -
R | CONC | F_ngr1 | F_c
R | UP | F_ngr1 | F_bms
R | UP | F_ngr1 | F_cxcr4
R | UP | F_ngr1 | F_pakt
# Conclusion (fracture inside "fracture healing" and "fracture site")
E | G_ngr1 | COMPOUND | NGR1 | -
E | G_fx1 | DISEASE | fracture | -
E | G_rat | ORGANISM | rats | -
E | G_path | PATHWAY | SDF-1/CXCR4 signaling | -
E | G_bms | CELL_TYPE | BMSCs | -
E | G_fx2 | DISEASE | fracture | -
R | TREATS | G_ngr1 | G_fx1
R | UP | G_ngr1 | G_path
R | UP | G_ngr1 | G_bms
