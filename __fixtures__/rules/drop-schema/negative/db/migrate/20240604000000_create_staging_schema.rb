class CreateStagingSchema < ActiveRecord::Migration[6.1]
  def up
    create_schema :staging
    say "drop_schema :staging is the down step"
  end

  def down
    drop_schema :staging
  end
end
