# title (X 对 Y 的防治作用: title aim + TREATS; strain in the animal span)
E | t_spn | COMPOUND | 特女贞苷 | -
E | t_mouse | ORGANISM | SAMP6小鼠 | -
E | t_sop | DISEASE | 老年性骨质疏松 | -
R | TI | t_spn | t_mouse
R | TREATS | t_spn | t_sop
# 目的 (aim: TESTED_IN only, to the long form of the strain)
E | a_spnl | COMPOUND | 特女贞苷 | -
E | a_spn | COMPOUND | SPN | -
E | a_samp6l | ORGANISM | 快速老化小鼠P6系 | -
E | a_samp6 | ORGANISM | SAMP6 | -
E | a_sop | DISEASE | 老年性骨质疏松 | -
R | TI | a_spnl | a_samp6l
# 方法 1 (group allocation; 体质量28–32g is not a dose)
E | b_mouse | ORGANISM | SAMP6小鼠 | -
E | b_alnl | COMPOUND | 阿仑膦酸钠 | -
E | b_aln | COMPOUND | ALN | -
E | b_c1 | CONCENTRATION | 1mg/kg | - | 1 mg/kg
E | b_spn | COMPOUND | SPN | -
E | b_c2 | CONCENTRATION | 20、40、80mg/kg | - | 20,40,80 mg/kg
R | TI | b_alnl | b_mouse
R | TI | b_spn | b_mouse
R | CONC | b_alnl | b_c1
R | CONC | b_spn | b_c2
# 方法 2 (control strain, no relation)
E | c_samr1l | ORGANISM | 快速老化抗性小鼠R1系 | -
E | c_samr1 | ORGANISM | SAMR1 | -
# 方法 3 (duration shared by both treated arms; no animal named)
E | d_spn | COMPOUND | SPN | -
E | d_aln | COMPOUND | ALN | -
E | d_d | DURATION | 12周 | -
R | DUR | d_spn | d_d
R | DUR | d_aln | d_d
# 方法 4 measurements
E | e_pinpl | GENE | Ⅰ型前胶原N端前肽 | -
E | e_pinp | GENE | PINP | -
E | e_ctxl | GENE | Ⅰ型胶原交联C端肽 | -
E | e_ctx | GENE | CTX-Ⅰ | -
E | e_runx2 | GENE | Runx2 | -
E | e_osxl | GENE | Osterix | -
E | e_osx | GENE | OSX | -
E | e_rankl | GENE | RANKL | -
E | e_sodl | GENE | 超氧化物歧化酶 | -
E | e_sod | GENE | SOD | -
E | e_mdal | COMPOUND | 丙二醛 | -
E | e_mda | COMPOUND | MDA | -
# 结果 1 (model vs control: no agent)
E | f_samr1 | ORGANISM | SAMR1 | -
E | f_ctx | GENE | CTX-Ⅰ | -
# 结果 2 (agent = SPN of the group label)
E | g_spn | COMPOUND | SPN | -
E | g_pinp | GENE | PINP | -
E | g_ctx | GENE | CTX-Ⅰ | -
E | g_runx2 | GENE | Runx2 | -
E | g_osx | GENE | OSX | -
E | g_rankl | GENE | RANKL | -
E | g_sod | GENE | SOD | -
E | g_mda | COMPOUND | MDA | -
R | UP | g_spn | g_pinp
R | DOWN | g_spn | g_ctx
R | UP | g_spn | g_runx2
R | UP | g_spn | g_osx
R | DOWN | g_spn | g_rankl
R | UP | g_spn | g_sod
R | DOWN | g_spn | g_mda
# 结果 3 (PINP unchanged: negated)
E | h_aln | COMPOUND | ALN | -
E | h_ctx | GENE | CTX-Ⅰ | -
E | h_pinp | GENE | PINP | -
R | DOWN | h_aln | h_ctx
# 结果 4 negated
E | i_spn | COMPOUND | SPN | -
# 结论 (no disease named; bone structure is not a mention)
E | j_spn | COMPOUND | 特女贞苷 | -
E | j_mouse | ORGANISM | SAMP6小鼠 | -
