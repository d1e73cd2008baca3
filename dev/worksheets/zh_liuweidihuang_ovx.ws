# s0 title (X 对 Y 的影响 = title aim; 六味地黄丸 a prepared formula -> COMPOUND)
E | t_lw | COMPOUND | 六味地黄丸 | -
E | t_mouse | ORGANISM | 去卵巢小鼠 | -
R | TI | t_lw | t_mouse
# s1 目的 (aim -> TI; 其防治 -> TREATS from 六味地黄丸; 对雌二醇的影响 neutral)
E | a_lw | COMPOUND | 六味地黄丸 | -
E | a_mouse | ORGANISM | 去卵巢小鼠 | -
E | a_e2l | COMPOUND | 雌二醇 | -
E | a_e2 | COMPOUND | E2 | -
E | a_pmo | DISEASE | 绝经后骨质疏松症 | -
R | TI | a_lw | a_mouse
R | TREATS | a_lw | a_pmo
# s2 方法 (group allocation; 12 周 shared by the treated arms; vehicle water: mention, no relation; ages and 术后 1 周 time point not annotated)
E | b_mouse | ORGANISM | C57BL/6 小鼠 | -
E | b_ev | COMPOUND | 戊酸雌二醇 | -
E | b_c1 | CONCENTRATION | 0.2 mg·kg-1·d-1 | - | 0.2 mg/kg/d
E | b_lw | COMPOUND | 六味地黄丸 | -
E | b_c2 | CONCENTRATION | 0.65、1.3、2.6 g·kg-1·d-1 | - | 0.65,1.3,2.6 g/kg/d
E | b_d | DURATION | 12 周 | -
E | b_water | COMPOUND | 蒸馏水 | -
R | TI | b_ev | b_mouse
R | TI | b_lw | b_mouse
R | CONC | b_ev | b_c1
R | CONC | b_lw | b_c2
R | DUR | b_ev | b_d
R | DUR | b_lw | b_d
# s3 measurements (HE = haematoxylin-eosin stain reagent)
E | c_e2 | COMPOUND | E2 | -
E | c_trl | GENE | 抗酒石酸酸性磷酸酶 5b | -
E | c_tr | GENE | TRACP-5b | -
E | c_balpl | GENE | 骨特异性碱性磷酸酶 | -
E | c_balp | GENE | BALP | -
E | c_he | COMPOUND | HE | -
# s4 (model vs sham: no agent)
E | d_e2 | COMPOUND | E2 | -
E | d_tr | GENE | TRACP-5b | -
E | d_balp | GENE | BALP | -
# s5 (U/L values are measurements)
E | e_lw | COMPOUND | 六味地黄丸 | -
E | e_tr | GENE | TRACP-5b | -
E | e_balp | GENE | BALP | -
R | DOWN | e_lw | e_tr
R | DOWN | e_lw | e_balp
# s7 (六味地黄丸: no change, denied; 戊酸雌二醇组二者均显著升高 -> serum E2 up)
E | f_lw | COMPOUND | 六味地黄丸 | -
E | f_e2 | COMPOUND | E2 | -
E | f_ev | COMPOUND | 戊酸雌二醇 | -
R | UP | f_ev | f_e2
# s8 结论 (no giving word, no disease; 雌激素 denied)
E | g_lw | COMPOUND | 六味地黄丸 | -
E | g_mouse | ORGANISM | 去卵巢小鼠 | -
E | g_est | COMPOUND | 雌激素 | -
