# NOTE: this file is hard-wrapped; four mentions cross a line break and cannot be written in a worksheet
# (a worksheet line cannot hold a newline): 三七皂\n苷R1 (s2), 三七皂苷\nR1 (s10), 'bone marrow mesenchymal stem\ncells' (Objective),
# 'stromal cell-derived factor-1\n(SDF-1)/C-X-C chemokine receptor 4 (CXCR4) axis' (Objective), '50\nand 100 μg/mL' (Results).
# They and the relations that need them are listed with offsets in NOTES.md.
# s0 ZH title (通过…轴 = via; migration of BMSCs counted as promoted cell activity; 促进…股骨骨折愈合 -> TREATS)
E | t_ngr | COMPOUND | 三七皂苷R1 | -
E | t_axis | PATHWAY | SDF-1/CXCR4轴 | -
E | t_bmsc | CELL_TYPE | 骨髓间充质干细胞 | -
E | t_rat | ORGANISM | 大鼠 | -
E | t_fx | DISEASE | 股骨骨折 | -
R | UP | t_ngr | t_bmsc
R | TREATS | t_ngr | t_fx
# s1 目的 background
E | adj_44 | DISEASE | 骨折延迟愈合@45 | -
E | a_msc | CELL_TYPE | 间充质干细胞 | -
# s2 aim (long form 三七皂\n苷R1 not representable: TI relations in NOTES.md; one PATHWAY span for the axis)
E | adj_76 | COMPOUND | 三七皂苷R1@77 | -
E | b_NGR | COMPOUND | NGR1 | -
E | b_rat | ORGANISM | 大鼠 | -
E | b_fx | DISEASE | 股骨骨折 | -
E | b_bmscl | CELL_TYPE | 骨髓间充质干细胞 | -
E | b_bmsc | CELL_TYPE | BMSCs | -
E | b_axis | PATHWAY | 基质细胞衍生因子-1（SDF-1）/趋化因子受体4（CXCR4）轴 | -
# s3 方法 (model; group allocation -> TI per arm)
E | c_rat | ORGANISM | SD大鼠 | -
E | adj_172 | DISEASE | 股骨中段闭合性骨折@173 | -
E | c_ngr1 | COMPOUND | NGR1 | -
E | c_c1 | CONCENTRATION | 10 mg/kg | - | 10 mg/kg
E | c_ngr2 | COMPOUND | NGR1 | -
E | c_c2 | CONCENTRATION | 20 mg/kg | - | 20 mg/kg
R | TI | c_ngr1 | c_rat
R | TI | c_ngr2 | c_rat
R | CONC | c_ngr1 | c_c1
R | CONC | c_ngr2 | c_c2
# s4 (术后2、4周, 4周时: time points)
E | d_sdf | GENE | SDF-1 | -
# s5 in vitro (大鼠 modifies BMSCs; 处理 -> TI; antagonist -> DOWN; 以…进行阻断 gives no TI)
E | e_ngr | COMPOUND | NGR1 | -
E | e_c1 | CONCENTRATION | 25、50、100 μg/mL | - | 25,50,100 ug/mL
E | e_bmsc | CELL_TYPE | BMSCs | -
E | e_cxcr4a | GENE | CXCR4 | -
E | e_amd | COMPOUND | AMD3100 | -
E | e_c2 | CONCENTRATION | 5 μg/mL | - | 5 ug/mL
E | e_cxcr4b | GENE | CXCR4 | -
E | e_pakt | GENE | p-Akt | -
R | TI | e_ngr | e_bmsc
R | CONC | e_ngr | e_c1
R | DOWN | e_amd | e_cxcr4a
R | CONC | e_amd | e_c2
# s6 results (术后4周 time point; callus SDF-1 up; serum SDF-1 no difference)
E | f_ngr | COMPOUND | NGR1 | -
E | f_sdf1 | GENE | SDF-1 | -
E | f_sdf2 | GENE | SDF-1 | -
R | UP | f_ngr | f_sdf1
# s8 (1.6～2.2倍 is a fold change)
E | g_ngr | COMPOUND | NGR1 | -
E | g_c | CONCENTRATION | 50、100 μg/mL | - | 50,100 ug/mL
E | g_bmsc | CELL_TYPE | BMSCs | -
E | g_cxcr4 | GENE | CXCR4 | -
E | g_pakt | GENE | p-Akt | -
R | CONC | g_ngr | g_c
R | UP | g_ngr | g_bmsc
R | UP | g_ngr | g_cxcr4
R | UP | g_ngr | g_pakt
# s9 (antagonist abolishes an effect: none)
E | h_amd | COMPOUND | AMD3100 | -
# s10 结论 (agent 三七皂苷\nR1 not representable: its UP/TREATS relations in NOTES.md)
E | adj_687 | COMPOUND | 三七皂苷 R1@688 | -
E | i_axis | PATHWAY | SDF-1/CXCR4信号 | -
E | i_bmsc | CELL_TYPE | BMSCs | -
E | i_fx1 | DISEASE | 骨折 | -
E | i_rat | ORGANISM | 大鼠 | -
E | i_fx2 | DISEASE | 股骨骨折 | -
E | i_fx3 | DISEASE | 骨折 | -
# EN title (own sentence)
E | T_ngr | COMPOUND | Notoginsenoside R1 | -
E | T_bmsc | CELL_TYPE | bone marrow mesenchymal stem cells | -
E | T_fx | DISEASE | femoral fracture | -
E | T_rat | ORGANISM | rats | -
E | T_axis | PATHWAY | SDF-1/CXCR4 axis | -
R | UP | T_ngr | T_bmsc
R | TREATS | T_ngr | T_fx
# Objective (aim -> TI; the BMSC long form and the axis span cross line breaks: NOTES.md)
E | A_ngr | COMPOUND | notoginsenoside R1 | -
E | A_NGR | COMPOUND | NGR1 | -
E | A_fx | DISEASE | femoral fracture | -
E | adj_1008 | CELL_TYPE | bone marrow mesenchymal stem cells@1009 | -
E | A_bmsc | CELL_TYPE | BMSCs | -
E | A_rat | ORGANISM | rats | -
R | TI | A_ngr | A_rat
# Methods 1 (model; group allocation)
E | adj_1076 | PATHWAY | stromal cell-derived factor-1 (SDF-1)/C-X-C chemokine receptor 4 (CXCR4) axis@1077 | -
E | B_fx | DISEASE | fracture | -
E | B_rat | ORGANISM | SD rats | -
E | B_ngr1 | COMPOUND | NGR1 | -
E | B_c1 | CONCENTRATION | 10 mg/kg | - | 10 mg/kg
E | B_ngr2 | COMPOUND | NGR1 | -
E | B_c2 | CONCENTRATION | 20 mg/kg | - | 20 mg/kg
R | TI | B_ngr1 | B_rat
R | TI | B_ngr2 | B_rat
R | CONC | B_ngr1 | B_c1
R | CONC | B_ngr2 | B_c2
# Methods 2 (time points)
E | C_sdf | GENE | SDF-1 | -
# Methods 3
E | D_bmsc | CELL_TYPE | BMSCs | -
E | D_ngr | COMPOUND | NGR1 | -
E | D_c1 | CONCENTRATION | 25, 50, 100 μg/mL | - | 25,50,100 ug/mL
E | D_cxcr4a | GENE | CXCR4 | -
E | D_amd | COMPOUND | AMD3100 | -
E | D_c2 | CONCENTRATION | 5 μg/mL | - | 5 ug/mL
E | D_cxcr4b | GENE | CXCR4 | -
E | D_pakt | GENE | p-Akt | -
R | TI | D_ngr | D_bmsc
R | CONC | D_ngr | D_c1
R | DOWN | D_amd | D_cxcr4a
R | CONC | D_amd | D_c2
# Results 1 (At 4 weeks = time point)
E | E_ngr | COMPOUND | NGR1 | -
E | E_sdf1 | GENE | SDF-1 | -
E | E_sdf2 | GENE | SDF-1 | -
R | UP | E_ngr | E_sdf1
# Results 2 (the concentration '50\nand 100 μg/mL' crosses a line: NOTES.md)
E | F_ngr | COMPOUND | NGR1 | -
E | adj_2179 | CONCENTRATION | 50 and 100 μg/mL@2180 | - | 50,100 ug/mL
E | F_bmsc | CELL_TYPE | BMSCs | -
E | F_cxcr4 | GENE | CXCR4 | -
E | F_pakt | GENE | p-Akt | -
E | F_amd | COMPOUND | AMD3100 | -
R | UP | F_ngr | F_bmsc
R | UP | F_ngr | F_cxcr4
R | UP | F_ngr | F_pakt
# Conclusion
E | G_ngr | COMPOUND | NGR1 | -
E | G_fx1 | DISEASE | fracture | -
E | G_rat | ORGANISM | rats | -
E | G_axis | PATHWAY | SDF-1/CXCR4 signaling | -
E | G_bmsc | CELL_TYPE | BMSCs | -
E | G_fx2 | DISEASE | fracture | -
R | TREATS | G_ngr | G_fx1
R | UP | G_ngr | G_axis
R | UP | G_ngr | G_bmsc
R | TI | adj_76 | b_rat
R | TI | adj_76 | b_bmscl
R | UP | adj_687 | i_axis
R | UP | adj_687 | i_bmsc
R | TREATS | adj_687 | i_fx2
R | TREATS | adj_687 | i_fx3
R | TI | A_ngr | adj_1008
R | CONC | F_ngr | adj_2179
