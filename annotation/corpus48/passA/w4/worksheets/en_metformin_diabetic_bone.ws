# title (aim title "Effects of X on ... in Y" = TESTED_IN per compound; herbal extract = one COMPOUND span; disease adjective + model animal = DISEASE + ORGANISM)
E | t_met | COMPOUND | metformin | -
E | t_rge | COMPOUND | Rehmannia glutinosa extract | -
E | t_t2d | DISEASE | type 2 diabetic | -
E | t_mice | ORGANISM | db/db mice | -
R | TI | t_met | t_mice
R | TI | t_rge | t_mice
# objective (study aim; relation with pathway: neutral)
E | a_met | COMPOUND | metformin | -
E | a_rgel | COMPOUND | Rehmannia glutinosa extract | -
E | a_rge | COMPOUND | RGE | -
E | a_mice | ORGANISM | db/db mice | -
E | a_path | PATHWAY | AMPK/Runx2 pathway | -
R | TI | a_met | a_mice
R | TI | a_rgel | a_mice
# methods 1 group allocation (names in labels annotated; one TI per arm and compound, from the mention that carries the dose)
E | b_mice | ORGANISM | db/db mice | -
E | b_met1 | COMPOUND | MET | -
E | b_metl1 | COMPOUND | metformin | -
E | b_c1 | CONCENTRATION | 200 mg·kg-1·d-1 | - | 200 mg/kg/d
E | b_rge1 | COMPOUND | RGE | -
E | b_rge2 | COMPOUND | RGE | -
E | b_c2 | CONCENTRATION | 1.0 g·kg-1·d-1 | - | 1.0 g/kg/d
E | b_met2 | COMPOUND | MET | -
E | b_rge3 | COMPOUND | RGE | -
E | b_metl2 | COMPOUND | metformin | -
E | b_c3 | CONCENTRATION | 200 mg·kg-1·d-1 | - | 200 mg/kg/d
E | b_rge4 | COMPOUND | RGE | -
E | b_c4 | CONCENTRATION | 1.0 g·kg-1·d-1 | - | 1.0 g/kg/d
E | b_dbm | ORGANISM | db/m mice | -
R | TI | b_metl1 | b_mice
R | CONC | b_metl1 | b_c1
R | TI | b_rge2 | b_mice
R | CONC | b_rge2 | b_c2
R | TI | b_metl2 | b_mice
R | CONC | b_metl2 | b_c3
R | TI | b_rge4 | b_mice
R | CONC | b_rge4 | b_c4
# methods 2 ("All drugs" generic: duration unlinked)
E | c_d | DURATION | 10 weeks | -
# methods 3 (glucose names the substance in blood glucose; FBG its abbreviation; "every 2 weeks" is a frequency)
E | d_glc | COMPOUND | glucose | -
E | d_fbg | COMPOUND | FBG | -
# methods 4-5 measurements
E | e_ocnl | GENE | osteocalcin | -
E | e_ocn | GENE | OCN | -
E | e_ctx | GENE | CTX-1 | -
E | f_pampk | GENE | p-AMPK | -
E | f_ampk | GENE | AMPK | -
E | f_runx2 | GENE | Runx2 | -
# results 1 (model vs normal, no agent)
E | g_mice | ORGANISM | db/db mice | -
E | g_fbg | COMPOUND | FBG | -
E | g_ocn | GENE | OCN | -
E | g_ctx | GENE | CTX-1 | -
# results 2 (agents = compounds of the group labels; the combined group's FBG effect attributed to MET since RGE alone is denied; RGE clause negated)
E | h_met1 | COMPOUND | MET | -
E | h_met2 | COMPOUND | MET | -
E | h_rge1 | COMPOUND | RGE | -
E | h_fbg | COMPOUND | FBG | -
E | h_rge2 | COMPOUND | RGE | -
E | h_fbg2 | COMPOUND | FBG | -
R | DOWN | h_met1 | h_fbg
R | DOWN | h_met2 | h_fbg
# results 3 (each compound of each group label; BMD, BV/TV, Tb.N not entities)
E | i_ocn | GENE | OCN | -
E | i_met1 | COMPOUND | MET | -
E | i_rge1 | COMPOUND | RGE | -
E | i_met2 | COMPOUND | MET | -
E | i_rge2 | COMPOUND | RGE | -
E | i_met3 | COMPOUND | MET | -
E | i_rge3 | COMPOUND | RGE | -
E | i_met4 | COMPOUND | MET | -
R | UP | i_met1 | i_ocn
R | UP | i_rge1 | i_ocn
R | UP | i_met2 | i_ocn
R | UP | i_rge2 | i_ocn
# results 4 (agent "treatments" generic: no relation; ratio)
E | j_pampk | GENE | p-AMPK | -
E | j_ampk | GENE | AMPK | -
E | j_runx2 | GENE | Runx2 | -
# results 5 (combined group: both compounds)
E | k_ctx | GENE | CTX-1 | -
E | k_met | COMPOUND | MET | -
E | k_rge | COMPOUND | RGE | -
R | DOWN | k_met | k_ctx
R | DOWN | k_rge | k_ctx
# conclusion (improving diabetic bone loss in the diabetic model = TREATS, both combined compounds; "activation of AMPK and upregulation of Runx2" = UP, hedged mechanism; no giving word)
E | l_met | COMPOUND | Metformin | -
E | l_rge | COMPOUND | Rehmannia glutinosa extract | -
E | l_dia | DISEASE | diabetic | -
E | l_mice | ORGANISM | db/db mice | -
E | l_ampk | GENE | AMPK | -
E | l_runx2 | GENE | Runx2 | -
R | TREATS | l_met | l_dia
R | TREATS | l_rge | l_dia
R | UP | l_met | l_ampk
R | UP | l_rge | l_ampk
R | UP | l_met | l_runx2
R | UP | l_rge | l_runx2
