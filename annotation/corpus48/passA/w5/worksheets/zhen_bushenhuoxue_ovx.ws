# s0 ZH title (title aim X 对 Y 的影响 -> TI; formula = COMPOUND)
E | t_bs | COMPOUND | 补肾活血方 | -
E | t_rat | ORGANISM | 去卵巢大鼠 | -
E | t_path | PATHWAY | BMP-2/Smad1信号 | -
E | t_opg | GENE | OPG | -
R | TI | t_bs | t_rat
# s1 目的 (disease + animal: 骨质疏松 DISEASE + 大鼠 ORGANISM, 去卵巢（OVX） left out; long form with abbreviation before head = one PATHWAY span; 影响 neutral)
E | a_bs | COMPOUND | 补肾活血方 | -
E | a_op | DISEASE | 骨质疏松 | -
E | a_rat | ORGANISM | 大鼠 | -
E | a_path | PATHWAY | 骨形态发生蛋白-2（BMP-2）/Smad1信号通路 | -
E | a_opgl | GENE | 骨保护素 | -
E | a_opg | GENE | OPG | -
R | TI | a_bs | a_rat
# s2 方法 groups (allocation -> TI; 3月龄 age)
E | b_rat | ORGANISM | SD大鼠 | -
E | b_aln | COMPOUND | 阿仑膦酸钠 | -
E | b_c1 | CONCENTRATION | 1 mg·kg-1·d-1 | - | 1 mg/kg/d
E | b_bs | COMPOUND | 补肾活血方 | -
E | b_c2 | CONCENTRATION | 4.5、9、18 g·kg-1·d-1 | - | 4.5,9,18 g/kg/d
R | TI | b_aln | b_rat
R | TI | b_bs | b_rat
R | CONC | b_aln | b_c1
R | CONC | b_bs | b_c2
# s3 (术后4周 time point; 12周 has no compound in its sentence)
E | c_d | DURATION | 12周 | -
# s4 measurements
E | d_he | COMPOUND | HE | -
E | d_bgpl | GENE | 骨钙素 | -
E | d_bgp | GENE | BGP | -
E | d_bmp2 | GENE | BMP-2 | -
E | d_psmad | GENE | p-Smad1 | -
E | d_runx2 | GENE | Runx2 | -
E | d_opg | GENE | OPG | -
E | d_rankll | GENE | 核因子κB受体活化因子配体 | -
E | d_rankl | GENE | RANKL | -
# s5 model vs sham (no agent; ratio no relation)
E | e_bmp2 | GENE | BMP-2 | -
E | e_psmad | GENE | p-Smad1 | -
E | e_opg | GENE | OPG | -
E | e_rankl | GENE | RANKL | -
E | e_opg2 | GENE | OPG | -
E | e_rankl2 | GENE | RANKL | -
# s6 formula groups
E | f_bs | COMPOUND | 补肾活血方 | -
E | f_bmp2 | GENE | BMP-2 | -
E | f_psmad | GENE | p-Smad1 | -
E | f_runx2 | GENE | Runx2 | -
E | f_opg | GENE | OPG | -
E | f_rankl | GENE | RANKL | -
R | UP | f_bs | f_bmp2
R | UP | f_bs | f_psmad
R | UP | f_bs | f_runx2
R | UP | f_bs | f_opg
R | DOWN | f_bs | f_rankl
# s7 alendronate: no difference (denied)
E | g_aln | COMPOUND | 阿仑膦酸钠 | -
E | g_bmp2 | GENE | BMP-2 | -
E | g_psmad | GENE | p-Smad1 | -
# s8 low dose group: compound not named in the sentence
E | h_bgp | GENE | BGP | -
# s9 结论 (激活 pathway -> UP; ratio none; 改善…骨量丢失 no disease, no giving word)
E | i_bs | COMPOUND | 补肾活血方 | -
E | i_rat | ORGANISM | 去卵巢大鼠 | -
E | i_path | PATHWAY | BMP-2/Smad1信号 | -
E | i_opg | GENE | OPG | -
E | i_rankl | GENE | RANKL | -
R | UP | i_bs | i_path
# EN title (own sentence; title aim -> TI)
E | T_bs | COMPOUND | Bushen Huoxue formula | -
E | T_path | PATHWAY | BMP-2/Smad1 signaling | -
E | T_opg | GENE | OPG | -
E | T_rat | ORGANISM | ovariectomized rats | -
R | TI | T_bs | T_rat
# Objective (osteoporotic = DISEASE, rats = ORGANISM; ovariectomized (OVX) left out)
E | A_bs | COMPOUND | Bushen Huoxue formula | -
E | A_bsa | COMPOUND | BSHXF | -
E | A_path | PATHWAY | bone morphogenetic protein-2 (BMP-2)/Smad1 signaling pathway | -
E | A_opgl | GENE | osteoprotegerin | -
E | A_opg | GENE | OPG | -
E | A_op | DISEASE | osteoporotic | -
E | A_rat | ORGANISM | rats | -
R | TI | A_bs | A_rat
# Methods groups
E | B_rat | ORGANISM | SD rats | -
E | B_aln | COMPOUND | alendronate | -
E | B_c1 | CONCENTRATION | 1 mg·kg-1·d-1 | - | 1 mg/kg/d
E | B_bs | COMPOUND | BSHXF | -
E | B_c2 | CONCENTRATION | 4.5, 9, 18 g·kg-1·d-1 | - | 4.5,9,18 g/kg/d
R | TI | B_aln | B_rat
R | TI | B_bs | B_rat
R | CONC | B_aln | B_c1
R | CONC | B_bs | B_c2
# Methods 2 (4 weeks after operation = time point; no compound in the sentence)
E | C_rat | ORGANISM | rats | -
E | C_d | DURATION | 12 weeks | -
# Methods 3
E | D_bgp | GENE | BGP | -
E | D_bmp2 | GENE | BMP-2 | -
E | D_psmad | GENE | p-Smad1 | -
E | D_runx2 | GENE | Runx2 | -
E | D_opg | GENE | OPG | -
E | D_rankl | GENE | RANKL | -
# Results 1 (model vs sham)
E | E_bmp2 | GENE | BMP-2 | -
E | E_psmad | GENE | p-Smad1 | -
E | E_opg | GENE | OPG | -
E | E_rankl | GENE | RANKL | -
E | E_opg2 | GENE | OPG | -
E | E_rankl2 | GENE | RANKL | -
# Results 2 (; does not end an English sentence; alendronate: no difference)
E | F_bs | COMPOUND | BSHXF | -
E | F_bmp2 | GENE | BMP-2 | -
E | F_psmad | GENE | p-Smad1 | -
E | F_runx2 | GENE | Runx2 | -
E | F_opg | GENE | OPG | -
E | F_rankl | GENE | RANKL | -
E | F_aln | COMPOUND | alendronate | -
E | F_bmp2b | GENE | BMP-2 | -
E | F_psmadb | GENE | p-Smad1 | -
R | UP | F_bs | F_bmp2
R | UP | F_bs | F_psmad
R | UP | F_bs | F_runx2
R | UP | F_bs | F_opg
R | DOWN | F_bs | F_rankl
# Conclusion (improve bone loss: no disease; no giving word)
E | G_bs | COMPOUND | BSHXF | -
E | G_rat | ORGANISM | OVX rats | -
E | G_path | PATHWAY | BMP-2/Smad1 signaling | -
E | G_opg | GENE | OPG | -
E | G_rankl | GENE | RANKL | -
R | UP | G_bs | G_path
