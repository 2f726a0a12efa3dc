<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

class EmptyDown extends Migration
{
    public function up() // mg:expect
    {
        Schema::table('users', fn (Blueprint $table) => $table->string('bio')->nullable());
    }

    public function down()
    {
        // nothing to undo
    }
}
