# s0 title (aim title "Effects of X on ... in Y" = TI for each compound; herbal extract = one COMPOUND span; disease adjective + animal)
E | t_met | COMPOUND | metformin | -
E | t_rge | COMPOUND | Rehmannia glutinosa extract | -
E | t_t2d | DISEASE | type 2 diabetic | -
E | t_mice | ORGANISM | db/db mice | -
R | TI | t_met | t_mice
R | TI | t_rge | t_mice
# s1 Objective (study aim in db/db mice; "relation with" neutral)
E | a_met | COMPOUND | metformin | -
E | a_rgel | COMPOUND | Rehmannia glutinosa extract | -
E | a_rge | COMPOUND | RGE | -
E | a_mice | ORGANISM | db/db mice | -
E | a_path | PATHWAY | AMPK/Runx2 pathway | -
R | TI | a_met | a_mice
R | TI | a_rgel | a_mice
# s2 groups (MET, RGE in group labels annotated, also inside MET+RGE; TI and doses from the named compounds in parentheses, one per arm; db/m mice untreated controls)
E | b_mice | ORGANISM | db/db mice | -
E | b_MET | COMPOUND | MET | -
E | b_met1 | COMPOUND | metformin | -
E | b_c1 | CONCENTRATION | 200 mg·kg-1·d-1 | - | 200 mg/kg/d
E | b_RGE1 | COMPOUND | RGE | -
E | b_RGE2 | COMPOUND | RGE | -
E | b_c2 | CONCENTRATION | 1.0 g·kg-1·d-1 | - | 1.0 g/kg/d
E | b_METc | COMPOUND | MET | -
E | b_RGEc | COMPOUND | RGE | -
E | b_met2 | COMPOUND | metformin | -
E | b_c3 | CONCENTRATION | 200 mg·kg-1·d-1 | - | 200 mg/kg/d
E | b_RGE3 | COMPOUND | RGE | -
E | b_c4 | CONCENTRATION | 1.0 g·kg-1·d-1 | - | 1.0 g/kg/d
E | b_dbm | ORGANISM | db/m mice | -
R | TI | b_met1 | b_mice
R | CONC | b_met1 | b_c1
R | TI | b_RGE2 | b_mice
R | CONC | b_RGE2 | b_c2
R | TI | b_met2 | b_mice
R | CONC | b_met2 | b_c3
R | TI | b_RGE3 | b_mice
R | CONC | b_RGE3 | b_c4
# s3 (All drugs: generic, duration unlinked)
E | c_d | DURATION | 10 weeks | -
# s4 (glucose names the substance in blood glucose; FBG its abbreviation, like HG; "every 2 weeks" is a sampling interval)
E | d_glc | COMPOUND | glucose | -
E | d_fbg | COMPOUND | FBG | -
# s5
E | e_ocnl | GENE | osteocalcin | -
E | e_ocn | GENE | OCN | -
E | e_ctx | GENE | CTX-1 | -
# s6
E | f_pampk | GENE | p-AMPK | -
E | f_ampk | GENE | AMPK | -
E | f_runx2 | GENE | Runx2 | -
# s7 (model vs normal: no agent)
E | g_mice | ORGANISM | db/db mice | -
E | g_fbg | COMPOUND | FBG | -
E | g_ocn | GENE | OCN | -
E | g_ctx | GENE | CTX-1 | -
# s8 (agent = compound of the group label; the FBG fall in MET+RGE is not given to RGE, since RGE alone is denied)
E | h_MET | COMPOUND | MET | -
E | h_METc | COMPOUND | MET | -
E | h_RGEc | COMPOUND | RGE | -
E | h_fbg | COMPOUND | FBG | -
E | h_RGE | COMPOUND | RGE | -
E | h_fbg2 | COMPOUND | FBG | -
R | DOWN | h_MET | h_fbg
R | DOWN | h_METc | h_fbg
# s9 (increased in MET, RGE and MET+RGE groups: UP from each group compound; "most obvious improvement" comparative: no relation)
E | i_ocn | GENE | OCN | -
E | i_MET | COMPOUND | MET | -
E | i_RGE | COMPOUND | RGE | -
E | i_METc | COMPOUND | MET | -
E | i_RGEc | COMPOUND | RGE | -
E | i_METd | COMPOUND | MET | -
E | i_RGEd | COMPOUND | RGE | -
E | i_MET2 | COMPOUND | MET | -
R | UP | i_MET | i_ocn
R | UP | i_RGE | i_ocn
R | UP | i_METc | i_ocn
R | UP | i_RGEc | i_ocn
# s10 (agent "treatments": generic, no relation; ratio)
E | j_pampk | GENE | p-AMPK | -
E | j_ampk | GENE | AMPK | -
E | j_runx2 | GENE | Runx2 | -
# s11 (reduced in the combination group: DOWN from both group compounds)
E | k_ctx | GENE | CTX-1 | -
E | k_MET | COMPOUND | MET | -
E | k_RGE | COMPOUND | RGE | -
R | DOWN | k_MET | k_ctx
R | DOWN | k_RGE | k_ctx
# s12 conclusion (diabetic: disease adjective; improving bone loss is not a claim of treating diabetes: no TREATS; activation/upregulation by the combination: UP from each compound)
E | l_met | COMPOUND | Metformin | -
E | l_rge | COMPOUND | Rehmannia glutinosa extract | -
E | l_dia | DISEASE | diabetic | -
E | l_mice | ORGANISM | db/db mice | -
E | l_ampk | GENE | AMPK | -
E | l_runx2 | GENE | Runx2 | -
R | UP | l_met | l_ampk
R | UP | l_rge | l_ampk
R | UP | l_met | l_runx2
R | UP | l_rge | l_runx2
