# s0 title (aim title X 对 Y 的影响 -> TESTED_IN; formula = COMPOUND)
E | t_lw | COMPOUND | 六味地黄丸 | -
E | t_mice | ORGANISM | 去卵巢小鼠 | -
R | TI | t_lw | t_mice
# s1 目的 (study aim; 影响 neutral; 其 -> 六味地黄丸, 防治 asserted as the object of study -> TREATS)
E | a_lw | COMPOUND | 六味地黄丸 | -
E | a_mice | ORGANISM | 去卵巢小鼠 | -
E | a_e2_l | COMPOUND | 雌二醇 | -
E | a_e2 | COMPOUND | E2 | -
E | a_pmo | DISEASE | 绝经后骨质疏松症 | -
R | TI | a_lw | a_mice
R | TREATS | a_lw | a_pmo
# s2 方法 (group allocation, each treated arm; 12 周 shared by both treated arms; 术后 1 周 time point; Sham/OVX coded labels; vehicle water: no system in its clause)
E | b_mice | ORGANISM | C57BL/6 小鼠 | -
E | b_ev | COMPOUND | 戊酸雌二醇 | -
E | b_c1 | CONCENTRATION | 0.2 mg·kg-1·d-1 | - | 0.2 mg/kg/d
E | b_lw | COMPOUND | 六味地黄丸 | -
E | b_c2 | CONCENTRATION | 0.65、1.3、2.6 g·kg-1·d-1 | - | 0.65,1.3,2.6 g/kg/d
E | b_d | DURATION | 12 周
E | b_water | COMPOUND | 蒸馏水 | -
R | TI | b_ev | b_mice
R | TI | b_lw | b_mice
R | CONC | b_ev | b_c1
R | CONC | b_lw | b_c2
R | DUR | b_ev | b_d
R | DUR | b_lw | b_d
# s3 measurements (HE = stain reagent)
E | c_e2 | COMPOUND | E2 | -
E | c_trl | GENE | 抗酒石酸酸性磷酸酶 5b | -
E | c_tr | GENE | TRACP-5b | -
E | c_balp_l | GENE | 骨特异性碱性磷酸酶 | -
E | c_balp | GENE | BALP | -
E | c_he | COMPOUND | HE | -
# s4 (OVX vs Sham: no agent)
E | d_e2 | COMPOUND | E2 | -
E | d_tr | GENE | TRACP-5b | -
E | d_balp | GENE | BALP | -
# s5 (agent = compound of the group label; U/L are measured values)
E | e_lw | COMPOUND | 六味地黄丸 | -
E | e_tr | GENE | TRACP-5b | -
E | e_balp | GENE | BALP | -
R | DOWN | e_lw | e_tr
R | DOWN | e_lw | e_balp
# s7 (六味地黄丸: no change, negated; 戊酸雌二醇组二者均显著升高: 二者 = serum E2 and uterine index -> UP to E2)
E | g_lw | COMPOUND | 六味地黄丸 | -
E | g_e2 | COMPOUND | E2 | -
E | g_ev | COMPOUND | 戊酸雌二醇 | -
R | UP | g_ev | g_e2
# s8 结论 (result in animals, no giving word; 骨量丢失 process; raising estrogen denied)
E | h_lw | COMPOUND | 六味地黄丸 | -
E | h_mice | ORGANISM | 去卵巢小鼠 | -
E | h_est | COMPOUND | 雌激素 | -
