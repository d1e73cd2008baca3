# title
E | t_sal | COMPOUND | 红景天苷
E | t_path | PATHWAY | Nrf2/HO-1 通路
E | t_h2o2 | COMPOUND | H2O2 | pubchem:784
E | t_bm | CELL_TYPE | 骨髓间充质干细胞
R | TI | t_h2o2 | t_bm
R | UP | t_sal | t_bm
# 目的
E | a_sal | COMPOUND | 红景天苷
E | a_salen | COMPOUND | salidroside
E | a_SAL | COMPOUND | SAL
E | a_hp | COMPOUND | 过氧化氢 | pubchem:784
E | a_h2o2 | COMPOUND | H2O2 | pubchem:784
E | a_bm | CELL_TYPE | 骨髓间充质干细胞
E | a_bms | CELL_TYPE | BMSCs
R | TI | a_sal | a_bm
R | TI | a_hp | a_bm
# 方法 造模
E | b_bms1 | CELL_TYPE | BMSCs
E | b_c | CONCENTRATION | 200 μmol/L | - | 200 umol/L
E | b_h2o2 | COMPOUND | H2O2 | pubchem:784
E | b_bms2 | CELL_TYPE | BMSCs
E | b_d | DURATION | 4 h
R | CONC | b_h2o2 | b_c
R | DUR | b_h2o2 | b_d
R | TI | b_h2o2 | b_bms2
# 分组
E | c_h1 | COMPOUND | H2O2 | pubchem:784
E | c_h2 | COMPOUND | H2O2 | pubchem:784
E | c_sal1 | COMPOUND | SAL
E | c_c1 | CONCENTRATION | 1、10、100 μmol/L | - | 1,10,100 umol/L
E | c_h3 | COMPOUND | H2O2 | pubchem:784
E | c_sal2 | COMPOUND | SAL
E | c_ml1 | COMPOUND | ML385
E | c_ml2 | COMPOUND | ML385
E | c_c2 | CONCENTRATION | 5 μmol/L | - | 5 umol/L
E | c_nrf2 | GENE | Nrf2 | hgnc:NFE2L2
E | c_sal3 | COMPOUND | SAL
R | CONC | c_sal1 | c_c1
R | CONC | c_ml2 | c_c2
R | DOWN | c_ml2 | c_nrf2
# 检测
E | d_rosl | COMPOUND | 活性氧
E | d_ros | COMPOUND | ROS
E | d_mdal | COMPOUND | 丙二醛 | pubchem:10964
E | d_mda | COMPOUND | MDA | pubchem:10964
E | d_sodl | GENE | 超氧化物歧化酶
E | d_sod | GENE | SOD
E | d_alp | GENE | ALP
E | d_nrf2 | GENE | Nrf2 | hgnc:NFE2L2
E | d_ho1l | GENE | 血红素加氧酶-1 | hgnc:HMOX1
E | d_ho1 | GENE | HO-1 | hgnc:HMOX1
E | d_nqo1 | GENE | NQO1 | hgnc:NQO1
E | d_r | GENE | Runx2 | hgnc:RUNX2
# 结果
E | e_h | COMPOUND | H2O2 | pubchem:784
E | e_bms | CELL_TYPE | BMSCs
E | e_ros | COMPOUND | ROS
E | e_mda | COMPOUND | MDA | pubchem:10964
R | DOWN | e_h | e_bms
R | UP | e_h | e_ros
R | UP | e_h | e_mda
E | f_sal | COMPOUND | SAL
E | f_d | DURATION | 24 h
E | f_h | COMPOUND | H2O2 | pubchem:784
E | f_bms | CELL_TYPE | BMSCs
E | f_ros | COMPOUND | ROS
E | f_mda | COMPOUND | MDA | pubchem:10964
E | f_sod | GENE | SOD
E | f_nrf2 | GENE | Nrf2 | hgnc:NFE2L2
E | f_ho1 | GENE | HO-1 | hgnc:HMOX1
E | f_nqo1 | GENE | NQO1 | hgnc:NQO1
R | DUR | f_sal | f_d
R | TI | f_sal | f_bms
R | UP | f_sal | f_bms
R | DOWN | f_sal | f_ros
R | DOWN | f_sal | f_mda
R | UP | f_sal | f_sod
R | UP | f_sal | f_nrf2
R | UP | f_sal | f_ho1
R | UP | f_sal | f_nqo1
E | g_sal | COMPOUND | SAL
E | g_h | COMPOUND | H2O2 | pubchem:784
E | g_alp | GENE | ALP
E | g_r | GENE | Runx2 | hgnc:RUNX2
R | UP | g_sal | g_alp
R | UP | g_sal | g_r
R | DOWN | g_h | g_alp
R | DOWN | g_h | g_r
E | h_ml | COMPOUND | ML385
E | h_sal | COMPOUND | SAL
# 结论
E | i_sal | COMPOUND | 红景天苷
E | i_path | PATHWAY | Nrf2/HO-1 信号通路
E | i_bms | CELL_TYPE | BMSCs
E | i_op | DISEASE | 骨质疏松 | mesh:D010024
R | UP | i_sal | i_path
R | UP | i_sal | i_bms
R | TREATS | i_sal | i_op
