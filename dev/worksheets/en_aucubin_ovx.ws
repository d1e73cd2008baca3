# s0 title (bone loss is a process: no TREATS; "in C57BL/6 mice" no giving word: no TI; osteoclast inside osteoclastic; suppressing osteoclastic bone resorption = osteoclast activity -> DOWN)
E | t_au | COMPOUND | Aucubin | -
E | t_mice | ORGANISM | C57BL/6 mice | -
E | t_oc | CELL_TYPE | osteoclast | -
R | DOWN | t_au | t_oc
# s1 Background
E | a_pmo | DISEASE | Postmenopausal osteoporosis | -
E | a_est | COMPOUND | estrogen | -
# s2 (iridoid glycoside: appositive class descriptor; modulates: neutral)
E | b_au | COMPOUND | Aucubin | -
E | b_AU | COMPOUND | AU | -
E | b_eu | ORGANISM | Eucommia ulmoides | -
E | b_pa | ORGANISM | Plantago asiatica | -
E | b_ob | CELL_TYPE | osteoblast | -
E | b_oc | CELL_TYPE | osteoclast | -
# s3 Purpose (whether-question: no assertion; study aim naming the system -> TI; bone loss not a disease)
E | c_AU | COMPOUND | AU | -
E | c_ovx | ORGANISM | ovariectomized (OVX) mice | -
R | TI | c_AU | c_ovx
# s4 Methods (received = giving; 8 weeks shared by both treated arms; Twelve-week-old = age; one week after surgery = time point)
E | d_mice | ORGANISM | C57BL/6 mice | -
E | d_AU | COMPOUND | AU | -
E | d_c1 | CONCENTRATION | 5, 10 or 20 mg kg−1 day−1 | - | 5,10,20 mg/kg/d
E | d_e2l | COMPOUND | 17β-estradiol | -
E | d_e2 | COMPOUND | E2 | -
E | d_c2 | CONCENTRATION | 0.1 mg kg−1 day−1 | - | 0.1 mg/kg/d
E | d_d | DURATION | 8 weeks | -
R | TI | d_AU | d_mice
R | CONC | d_AU | d_c1
R | DUR | d_AU | d_d
R | TI | d_e2l | d_mice
R | CONC | d_e2l | d_c2
R | DUR | d_e2l | d_d
# s5 measurements (H&E and assay reagents: COMPOUND, no relation)
E | e_he | COMPOUND | H&E | -
E | e_trapl | GENE | tartrate-resistant acid phosphatase | -
E | e_trap | GENE | TRAP | -
E | e_ctxl | GENE | C-terminal telopeptide of type I collagen | -
E | e_ctx | GENE | CTX-1 | -
E | e_pinpl | GENE | procollagen type I N-terminal propeptide | -
E | e_pinp | GENE | P1NP | -
# s6 Results: OVX = procedure/group, nothing annotated
# s7 (61% is a change, not a concentration; OVX vehicle = group)
E | f_AU | COMPOUND | AU | -
E | f_c | CONCENTRATION | 10 and 20 mg kg−1 day−1 | - | 10,20 mg/kg/d
E | f_e2 | COMPOUND | E2 | -
R | CONC | f_AU | f_c
# s8 (fewer osteoclasts -> DOWN; N.Oc/BS not annotated; "at 10" has no unit of its own: only 20 mg... spanned)
E | g_AU | COMPOUND | AU | -
E | g_oc | CELL_TYPE | osteoclast | -
E | g_ctx | GENE | CTX-1 | -
E | g_c | CONCENTRATION | 20 mg kg−1 day−1 | - | 20 mg/kg/d
E | g_pinp | GENE | P1NP | -
R | DOWN | g_AU | g_oc
R | DOWN | g_AU | g_ctx
R | CONC | g_AU | g_c
# s9 (effect denied; dose still the dose of AU)
E | h_AU | COMPOUND | AU | -
E | h_c | CONCENTRATION | 5 mg kg−1 day−1 | - | 5 mg/kg/d
R | CONC | h_AU | h_c
# s10 negated
E | i_e2 | COMPOUND | E2 | -
E | i_AU | COMPOUND | AU | -
# s11 Conclusion (osteoclastic resorption -> DOWN osteoclast; candidate agent for -> TREATS)
E | j_AU | COMPOUND | AU | -
E | j_oc | CELL_TYPE | osteoclast | -
E | j_pmo | DISEASE | postmenopausal osteoporosis | -
R | DOWN | j_AU | j_oc
R | TREATS | j_AU | j_pmo
